import { existsSync } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
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

/** Every file in `folder`, by name; null when there is none. */
async function filesIn(folder: string): Promise<string[] | null> {
  const names = (await readdir(folder).catch(() => [] as string[])).sort()
  return names.length > 0 ? names.map((name) => join(folder, name)) : null
}

const folderIfThere = (path: string) => (existsSync(path) ? path : null)

/**
import { existsSync } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
 */
export function createWebShellFileDialogs(dataDir: string, env: NodeJS.ProcessEnv): FileDialogs {
  let counter = 0
  const backups = join(dataDir, '..', 'backups')
  const inbox = env.TRAILKEEP_WEB_INBOX?.trim() || null
  const inInbox = (name: string) => (inbox ? join(inbox, name) : null)
  return {
    chooseExportFolder: async () =>
      join(dataDir, '..', 'exports', `export-${Date.now()}-${counter++}`),
    chooseImportArchive: async () => {
      const named = env.TRAILKEEP_WEB_IMPORT_FILE?.trim()
      if (named) return named
      const folder = inInbox('files')
      const files = folder ? await filesIn(folder) : null
      return files?.find((f) => f.toLowerCase().endsWith('.zip')) ?? null
    },
    chooseImportFiles: async () => {
      const folder = inInbox('files')
      return folder ? filesIn(folder) : null
    },
    chooseImportFolder: async () => {
      const folder = inInbox('folder')
      return folder ? folderIfThere(folder) : null
    },
    chooseWatchedFolder: async () => {
      const folder = inInbox('watched')
      return folder ? folderIfThere(folder) : null
    },
    droppedPaths: async (names) => {
      const folder = inInbox('dropped')
      // Only plain names: a dropped name never reaches outside the harness's folder.
      if (!folder || names.some((n) => basename(n) !== n || n === '..')) return []
      return names.map((name) => join(folder, name))
    },
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
