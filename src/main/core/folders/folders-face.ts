import { statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import type { WatchedFolderDto } from '../../../shared/folders-dto'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import type { WatchedFolders } from '../trailkeep'
import {
  addWatchedFolder,
  listWatchedFolders,
  removeWatchedFolder,
  type WatchedFolderRow,
} from './watched-folders-repo'

function toDto(row: WatchedFolderRow): WatchedFolderDto {
  return {
    id: row.id,
    path: row.path,
    lastScanAt: row.lastScanAt === null ? null : new Date(row.lastScanAt).toISOString(),
    activitiesAdded: row.activitiesAdded,
    problem: row.lastError,
  }
}

/** The library's watched folders; the app's watcher (folder-watcher.ts) reads them. */
export function createWatchedFolders(parts: { db: AppDb; clock: Clock }): WatchedFolders {
  const list = () => listWatchedFolders(parts.db).map(toDto)
  return {
    list,
    add(path) {
      if (!isAbsolute(path)) throw new AppError('INVALID_INPUT', 'Choose a folder to watch.')
      const folder = resolve(path)
      let isFolder: boolean
      try {
        isFolder = statSync(folder).isDirectory()
      } catch {
        isFolder = false
      }
      if (!isFolder) {
        throw new AppError('FILE_ACCESS', `${folder} is not a folder Trailkeep can read.`)
      }
      addWatchedFolder(parts.db, folder, parts.clock.now())
      return list()
    },
    remove({ id }) {
      removeWatchedFolder(parts.db, id)
      return list()
    },
  }
}
