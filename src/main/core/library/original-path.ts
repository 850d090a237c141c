/**
 * Where an original file may live: `originals/<activity id>.<format>[.gz]` under the data folder,
 * the only shape Trailkeep writes (commit-import.ts). The path comes from the database, and a
 * restored backup may be someone else's, so every use checks it again: no absolute path, no
 * `..`, and no symlink that leads out of the originals folder.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import { ORIGINALS_FOLDER } from '../import/commit-import'

const ORIGINAL_PATH = /^originals\/-?[0-9]{1,20}\.(fit|gpx|tcx)(\.gz)?$/

/** True when a stored path has the one shape Trailkeep writes. */
export function isOriginalPath(path: string): boolean {
  return ORIGINAL_PATH.test(path)
}

/**
 * The real path of the data folder's originals folder, or null when there is none or it is a
 * symlink or otherwise leads outside the data folder.
 */
export function originalsFolder(dataDir: string): string | null {
  const folder = join(dataDir, ORIGINALS_FOLDER)
  try {
    if (!lstatSync(folder).isDirectory()) return null
    const real = realpathSync(folder)
    return real.startsWith(realpathSync(dataDir) + sep) ? real : null
  } catch {
    return null
  }
}

/** The real path to read a stored original from, or null when it is missing or not allowed. */
export function resolveOriginalFile(dataDir: string, storedPath: string): string | null {
  if (!isOriginalPath(storedPath)) return null
  const folder = originalsFolder(dataDir)
  if (!folder) return null
  try {
    const real = realpathSync(join(folder, storedPath.slice(ORIGINALS_FOLDER.length + 1)))
    return dirname(real) === folder && statSync(real).isFile() ? real : null
  } catch {
    return null
  }
}
