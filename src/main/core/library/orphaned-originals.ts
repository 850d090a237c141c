import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { AppDb } from '../db/open-database'
import { originals } from '../db/schema'
import { ORIGINALS_FOLDER } from '../import/commit-import'
import { originalsFolder } from './original-path'

/**
 * Deletes original files whose activity is gone (purged, or the whole library deleted), so a
 * deletion the user asked for leaves no copy behind. Returns how many files were removed. Only
 * entries of the data folder's own originals folder are removed, never through a symlink: a
 * symlinked folder is left alone, and a symlink inside it is removed itself, not its target.
 */
export function removeOrphanedOriginals(db: AppDb, dataDir: string): number {
  const folder = originalsFolder(dataDir)
  if (!folder) return 0
  const kept = new Set(
    db
      .select({ path: originals.path })
      .from(originals)
      .all()
      .map((r) => r.path),
  )
  let removed = 0
  for (const name of readdirSync(folder)) {
    if (kept.has(`${ORIGINALS_FOLDER}/${name}`)) continue
    rmSync(join(folder, name), { force: true, recursive: true })
    removed++
  }
  return removed
}
