/**
 * Checks that a file is a Trailkeep library this app can open: a SQLite header, Trailkeep's
 * application id, a schema no newer than this app's migrations, and a clean integrity_check.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { TRAILKEEP_APPLICATION_ID } from '../db/open-database'
import { EMBEDDED_MIGRATIONS } from '../db/migrations.generated'
import { openSqlite } from '../db/open-sqlite'
import { AppError } from '../errors'
import { isOriginalPath } from '../library/original-path'
import { hasOwnSchema } from './own-schema'

const SQLITE_HEADER = 'SQLite format 3\0'

export interface LibraryFileFacts {
  activities: number
  /** Epoch seconds of the newest activity's start, or null when there is none. */
  newestStartDate: number | null
  /** The backup's schema is older; opening it will upgrade it. */
  needsUpgrade: boolean
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(100)
    const read = readSync(fd, header, 0, 100, 0)
    return header.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** Original files are always under the data folder's originals/; a backup cannot point elsewhere. */
function assertOriginalPaths(sqlite: Database.Database, label: string): void {
  const hasOriginals = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'originals'")
    .get()
  if (!hasOriginals) return
  const paths = sqlite.prepare('SELECT path FROM originals').pluck().all() as unknown[]
  if (paths.every((path) => typeof path === 'string' && isOriginalPath(path))) return
  throw new AppError(
    'DB_FOREIGN',
    `${label} lists original files outside the data folder; it was changed outside Trailkeep.`,
  )
}

/**
 * `label` names the file in messages, e.g. the path the user gave. `readonly` for a file that is
 * not ours to touch (the athlete's backup, before they decided to restore it).
 */
export function inspectLibraryFile(
  file: string,
  label: string,
  nativeBinding?: string,
  readonly = false,
): LibraryFileFacts {
  const header = readHeader(file)
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new AppError('DB_FOREIGN', `${label} is not a Trailkeep backup (not a SQLite database).`)
  }
  if (header.readUInt32BE(68) !== TRAILKEEP_APPLICATION_ID) {
    throw new AppError('DB_FOREIGN', `${label} is a SQLite database but not a Trailkeep backup.`)
  }
  let sqlite: Database.Database | null = null
  try {
    sqlite = openSqlite(file, { nativeBinding, fileMustExist: true, readonly })
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(String(integrity))
    const hasMigrations = sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get()
    if (!hasMigrations) {
      throw new AppError('DB_FOREIGN', `${label} is not a complete Trailkeep backup (no schema).`)
    }
    const latest = Number(
      sqlite.prepare('SELECT MAX(created_at) FROM __drizzle_migrations').pluck().get() ?? 0,
    )
    const known = Math.max(...EMBEDDED_MIGRATIONS.map((m) => m.when))
    if (latest > known) {
      throw new AppError(
        'DB_TOO_NEW',
        `${label} was made by a newer version of Trailkeep; update Trailkeep to restore it.`,
      )
    }
    if (!hasOwnSchema(sqlite, latest, nativeBinding)) {
      throw new AppError(
        'DB_FOREIGN',
        `${label} has tables, triggers or views Trailkeep does not create; it was changed outside Trailkeep.`,
      )
    }
    assertOriginalPaths(sqlite, label)
    const activities = Number(sqlite.prepare('SELECT COUNT(*) FROM activities').pluck().get())
    const newest = sqlite.prepare('SELECT MAX(start_date) FROM activities').pluck().get()
    return {
      activities,
      newestStartDate: typeof newest === 'number' ? newest : null,
      needsUpgrade: latest < known,
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError(
      'DB_DAMAGED',
      `${label} is damaged (SQLite integrity check failed); use another backup.`,
      { cause: error },
    )
  } finally {
    sqlite?.close()
  }
}
