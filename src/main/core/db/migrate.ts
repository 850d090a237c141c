import { createHash } from 'node:crypto'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import type { MigrationMeta } from 'drizzle-orm/migrator'
import type Database from 'better-sqlite3'
import { AppError } from '../errors'

export interface EmbeddedMigration {
  tag: string
  when: number
  breakpoints: boolean
  sql: string
}

interface MigratorInternals {
  dialect: { migrate(migrations: MigrationMeta[], session: unknown, config: object): void }
  session: unknown
}

/** The same shape and hash drizzle's folder reader produces, so databases stay interchangeable. */
function toMigrationMeta(migration: EmbeddedMigration): MigrationMeta {
  return {
    sql: migration.sql.split('--> statement-breakpoint'),
    bps: migration.breakpoints,
    folderMillis: migration.when,
    hash: createHash('sha256').update(migration.sql).digest('hex'),
  }
}

function latestAppliedMigration(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    )
    .get()
  if (!table) return null
  const row = sqlite
    .prepare('SELECT MAX(created_at) AS latest FROM __drizzle_migrations')
    .get() as {
    latest: number | null
  }
  return row.latest === null ? null : Number(row.latest)
}

/**
 * Applies pending migrations in one transaction. Refuses a database written by a newer app.
 * Foreign keys are off while migrating because SQLite ignores `PRAGMA foreign_keys` inside the
 * transaction drizzle opens, and table rebuilds would otherwise cascade deletes.
 */
export function applyMigrations(
  sqlite: Database.Database,
  db: BetterSQLite3Database<Record<string, unknown>>,
  migrations: readonly EmbeddedMigration[],
): void {
  const latestKnown = Math.max(...migrations.map((m) => m.when))
  const latestApplied = latestAppliedMigration(sqlite)
  if (latestApplied !== null && latestApplied > latestKnown) {
    throw new AppError(
      'DB_TOO_NEW',
      'This data folder was written by a newer version of Trailkeep. Update Trailkeep to open it.',
    )
  }
  if (latestApplied === latestKnown) return

  sqlite.pragma('foreign_keys = OFF')
  try {
    const internals = db as unknown as MigratorInternals
    internals.dialect.migrate(migrations.map(toMigrationMeta), internals.session, {})
    const violations = sqlite.pragma('foreign_key_check') as unknown[]
    if (violations.length > 0) {
      throw new AppError('DB_DAMAGED', 'The database upgrade found inconsistent data.')
    }
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}
