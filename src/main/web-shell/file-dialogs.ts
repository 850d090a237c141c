import { join } from 'node:path'
import type { FileDialogs } from '../core/data/file-dialogs'

/**
 * The web shell has no native dialogs: exports and backups go to fixed folders next to the data
 * folder, and an import reads the ZIP named by TRAILKEEP_WEB_IMPORT_FILE. A test harness only.
 */
export function createWebShellFileDialogs(dataDir: string, env: NodeJS.ProcessEnv): FileDialogs {
  let counter = 0
  return {
    chooseExportFolder: async () =>
      join(dataDir, '..', 'exports', `export-${Date.now()}-${counter++}`),
    chooseImportArchive: async () => env.TRAILKEEP_WEB_IMPORT_FILE?.trim() || null,
    chooseBackupFile: async (name) => join(dataDir, '..', 'backups', `${counter++}-${name}`),
  }
}
