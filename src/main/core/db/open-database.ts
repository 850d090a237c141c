import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs'
import { dirname } from 'node:path'
import type Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, restrictToOwner } from '../config/private-files'
import { AppError, toAppError } from '../errors'
import { applyMigrations, type EmbeddedMigration } from './migrate'
import { EMBEDDED_MIGRATIONS } from './migrations.generated'
import { openSqlite } from './open-sqlite'
import * as schema from './schema'
import { foldForSearch } from './search-text'

/** 'TKP1' marks a SQLite file as a Trailkeep library. */
export const TRAILKEEP_APPLICATION_ID = 0x544b5031
const SQLITE_HEADER = 'SQLite format 3\0'

export type AppDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database }
/** A transaction handle; repository functions take either. */
export type AppTx = Parameters<Parameters<AppDb['transaction']>[0]>[0]
export type DbOrTx = AppDb | AppTx

export interface OpenedDatabase {
  sqlite: Database.Database
  db: AppDb
  file: string
  close(): void
}

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for this runtime (the Electron shell passes its own). */
  nativeBinding?: string
  migrations?: readonly EmbeddedMigration[]
}

/**
 * Opens (or creates) the library database. A damaged, foreign or newer database is refused
 * with a clear AppError and left untouched on disk.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const onDisk = file !== ':memory:'
  if (onDisk) prepareFolder(file)
  assertLooksLikeSqlite(file)

  let sqlite: Database.Database
  try {
    sqlite = openSqlite(file, { nativeBinding: options.nativeBinding })
  } catch (error) {
    throw toAppError(error) ?? damaged(error)
  }
  try {
    // Read-only checks first: a refused file must not even be switched to WAL.
    sqlite.pragma('busy_timeout = 5000')
    assertHealthy(sqlite)
    const isNew = assertOwnedOrEmpty(sqlite)
    configureConnection(sqlite)
    if (isNew) sqlite.pragma(`application_id = ${TRAILKEEP_APPLICATION_ID}`)
    const db = drizzle(sqlite, { schema })
    applyMigrations(sqlite, db, options.migrations ?? EMBEDDED_MIGRATIONS)
    // SQLite makes -wal and -shm with the database's own mode; these may predate this version.
    if (onDisk) for (const path of [file, `${file}-wal`, `${file}-shm`]) restrictToOwner(path)
    return { sqlite, db, file, close: () => sqlite.close() }
  } catch (error) {
    sqlite.close()
    throw toAppError(error) ?? damaged(error)
  }
}

/**
 * The data folder is the owner's alone (an existing one too), and a new database file is created
 * owner-only before SQLite opens it, so that its -wal and -shm files are born owner-only as well.
 */
function prepareFolder(file: string): void {
  const folder = dirname(file)
  try {
    mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    restrictToOwner(folder)
    if (!existsSync(file)) closeSync(openSync(file, 'wx', PRIVATE_FILE_MODE))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
    throw toAppError(error) ?? error
  }
}

function configureConnection(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL')
  // NORMAL: in WAL mode a power cut can lose the last commits, never consistency. Writes that
  // must not be lost (tokens, credentials) commit with FULL through writeDurably.
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  // Deleted content (old ciphertexts, purged activities) is overwritten, not left in free pages.
  sqlite.pragma('secure_delete = ON')
  // Migrations fill search names with it; it only reads its argument, so it is safe anywhere.
  sqlite.function('trailkeep_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldForSearch(text) : null,
  )
}

function assertLooksLikeSqlite(file: string): void {
  if (!existsSync(file)) return
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(16)
    const read = readSync(fd, header, 0, 16, 0)
    if (read === 0) return
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppError(
        'DB_FOREIGN',
        `${file} is not a Trailkeep database. Move it away or choose another data folder.`,
      )
    }
  } finally {
    closeSync(fd)
  }
}

function assertHealthy(sqlite: Database.Database): void {
  const result = sqlite.pragma('quick_check', { simple: true })
  if (result !== 'ok') throw damaged(new Error(String(result)))
}

/** True when the database is empty (new); throws when it belongs to something else. */
function assertOwnedOrEmpty(sqlite: Database.Database): boolean {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number
  if (applicationId === TRAILKEEP_APPLICATION_ID) return false
  const tableCount = (
    sqlite.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
      n: number
    }
  ).n
  if (applicationId !== 0 || tableCount > 0) {
    throw new AppError(
      'DB_FOREIGN',
      'The data folder holds a database that Trailkeep did not create. Choose another data folder.',
    )
  }
  return true
}

function damaged(cause: unknown): AppError {
  return new AppError(
    'DB_DAMAGED',
    'The Trailkeep database is damaged and was left untouched. Restore a backup or choose another data folder.',
    { cause },
  )
}
