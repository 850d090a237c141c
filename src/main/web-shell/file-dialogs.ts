import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { FileDialogs } from '../core'

/** The most recently written file in `folder`, or null when there is none. */
async function newestFile(folder: string): Promise<string | null> {
  const names = await readdir(folder).catch(() => [])
  const files = await Promise.all(
    names.map(async (name) => ({ path: join(folder, name), info: await stat(join(folder, name)) })),
  )
  const newest = files
    .filter((f) => f.info.isFile())
    .sort((a, b) => b.info.mtimeMs - a.info.mtimeMs)[0]
  return newest?.path ?? null
}

/**
 * The web shell has no native dialogs: exports and backups go to fixed folders next to the data
 * folder, an import reads the ZIP named by TRAILKEEP_WEB_IMPORT_FILE, and a restore reads
 * TRAILKEEP_WEB_RESTORE_FILE or else the newest backup, a base map is the file named by
 * TRAILKEEP_WEB_BASE_MAP_FILE, and pictures go to the exports folder. A test harness only.
 */
export function createWebShellFileDialogs(dataDir: string, env: NodeJS.ProcessEnv): FileDialogs {
  let counter = 0
  const backups = join(dataDir, '..', 'backups')
  return {
    chooseExportFolder: async () =>
      join(dataDir, '..', 'exports', `export-${Date.now()}-${counter++}`),
    chooseImportArchive: async () => env.TRAILKEEP_WEB_IMPORT_FILE?.trim() || null,
    chooseBackupFile: async (name) => join(backups, `${counter++}-${name}`),
    chooseRestoreFile: async () =>
      env.TRAILKEEP_WEB_RESTORE_FILE?.trim() || (await newestFile(backups)),
    chooseBaseMapFile: async () => env.TRAILKEEP_WEB_BASE_MAP_FILE?.trim() || null,
    chooseImageFile: async (name) => {
      const folder = join(dataDir, '..', 'exports')
      await mkdir(folder, { recursive: true })
      return join(folder, `${counter++}-${name}`)
    },
  }
}
