import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, rename, rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { systemClock, type Clock } from '../clock'
import { databasePath } from '../config/data-dir'
import { openDatabase } from '../db/open-database'
import { openSqlite } from '../db/open-sqlite'
import { AppError, isAppError } from '../errors'
import { SyncLock } from '../sync/sync-lock'
import { inspectLibraryFile } from './inspect-library-file'
import { stripSecrets } from './strip-secrets'
import { keepInstallation } from './keep-installation'
import { removeHeatPacks } from '../maps/heat-pack-file'

export interface RestoreOptions {
  dataDir: string
  /** The backup to restore. */
  file: string
  clock?: Clock
  nativeBinding?: string
}

export interface RestoreResult {
  activities: number
  /** Where the replaced database was kept, or null when there was none. */
  previous: string | null
}

/** A copy of the backup beside the library, checked and cleaned, ready to be renamed in. */
async function stageBackup(options: RestoreOptions, staged: string) {
  const source = resolve(options.file)
  if (!existsSync(source)) {
    throw new AppError('FILE_ACCESS', `${source} does not exist; check the path to the backup.`)
  }
  await copyFile(source, staged)
  const facts = inspectLibraryFile(staged, source, options.nativeBinding)
  // An older Trailkeep's backup may still carry tokens, a secret or a sync's lease: a restored
  // library takes the connection of the one it replaces, or none.
  const copy = openSqlite(staged, { nativeBinding: options.nativeBinding })
  try {
    stripSecrets(copy)
  } finally {
    copy.close()
  }
  return facts
}

/**
 * Makes sure no sync holds the library and no other process has it open, and leaves it fully
 * checkpointed (no -wal file) so that renaming the one file moves the whole database. False
 * when the library cannot be opened at all (damaged, foreign, too new): nothing in it is kept.
 */
function quiesceLibrary(file: string, options: RestoreOptions): boolean {
  let live
  try {
    live = openDatabase(file, { nativeBinding: options.nativeBinding })
  } catch (error) {
    // A damaged or unreadable library is what restoring is for; nothing can be syncing it.
    if (
      isAppError(error, 'DB_DAMAGED') ||
      isAppError(error, 'DB_FOREIGN') ||
      isAppError(error, 'DB_TOO_NEW')
    )
      return false
    throw error
  }
  try {
    const lock = new SyncLock(live.db, options.clock ?? systemClock)
    lock.acquire()
    lock.release()
    live.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    live.close()
  }
  // The last connection to close removes the WAL file: if it is still there, someone has it open.
  if (existsSync(`${file}-wal`)) {
    throw new AppError(
      'LIBRARY_IN_USE',
      'Trailkeep is open in another window or process; close it and try the restore again.',
    )
  }
  return true
}

/**
 * Replaces the library with a backup after checking it (Trailkeep's, not newer than this app,
 * intact). Refused while a sync runs; the replaced database is kept as `<name>.before-restore`.
 * The Strava connection, API application and settings of the replaced library stay (see
 * keepInstallation). The caller must have closed its own core first and open a new one after.
 */
export async function restoreLibrary(options: RestoreOptions): Promise<RestoreResult> {
  const live = databasePath(options.dataDir)
  const staged = `${live}.restore-${randomUUID().slice(0, 8)}`
  const previous = `${live}.before-restore`
  const hadLibrary = existsSync(live)
  try {
    const facts = await stageBackup(options, staged)
    let keep = false
    if (hadLibrary) {
      keep = quiesceLibrary(live, options)
      await rm(previous, { force: true })
      await rename(live, previous)
      await rm(`${live}-shm`, { force: true })
    }
    try {
      await rename(staged, live)
      // Opening applies this app's migrations to an older backup.
      const restored = openDatabase(live, { nativeBinding: options.nativeBinding })
      try {
        if (keep) keepInstallation(restored.sqlite, previous)
      } finally {
        restored.close()
      }
    } catch (error) {
      // Put the library back as it was.
      await rm(live, { force: true })
      if (hadLibrary) await rename(previous, live)
      throw error
    }
    // The heatmap packs hold the replaced library's tracks.
    removeHeatPacks(options.dataDir)
    return { activities: facts.activities, previous: hadLibrary ? previous : null }
  } finally {
    await rm(staged, { force: true })
    await rm(`${staged}-journal`, { force: true })
  }
}
