import type Database from 'better-sqlite3'
import { LIBRARY_SETTINGS } from '../db/library-repo'
import { SYNC_LOCK_SETTING } from '../sync/sync-lock'
import { placeholders } from '../db/id-chunks'

/**
 * What belongs to this installation rather than to the library: the Strava connection and the
 * API application, and every setting but the library's own sync bookkeeping (the passphrase
 * salt that the connection's ciphertexts need, preferences, the rate-limit budget).
 */
const INSTALLATION_TABLES = ['credentials', 'connection'] as const
/** Settings that stay with the library; a sync lease belongs to no installation after a restore. */
const NOT_INSTALLATION = [...LIBRARY_SETTINGS, SYNC_LOCK_SETTING]

function columnsOf(sqlite: Database.Database, schema: string, table: string): string[] {
  const rows = sqlite.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema)
  return (rows as { name: string }[]).map((row) => row.name)
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Gives a restored library this installation's connection, credentials and settings from the
 * library it replaces. A backup's tokens are those of the day it was made: Strava may have
 * rotated the refresh token since (the old one is then dead), or the athlete disconnected.
 * Columns are matched by name, so a replaced library of another schema version still works.
 */
export function keepInstallation(restored: Database.Database, replacedFile: string): void {
  restored.prepare('ATTACH DATABASE ? AS replaced').run(replacedFile)
  try {
    restored.transaction(() => {
      for (const table of INSTALLATION_TABLES) {
        const known = new Set(columnsOf(restored, 'replaced', table))
        const shared = columnsOf(restored, 'main', table).filter((c) => known.has(c))
        const list = shared.map(quoted).join(', ')
        restored.prepare(`DELETE FROM main.${table}`).run()
        if (shared.length > 0) {
          restored
            .prepare(`INSERT INTO main.${table} (${list}) SELECT ${list} FROM replaced.${table}`)
            .run()
        }
      }
      const library = placeholders(NOT_INSTALLATION.length)
      restored
        .prepare(`DELETE FROM main.settings WHERE key NOT IN (${library})`)
        .run(...NOT_INSTALLATION)
      restored
        .prepare(
          `INSERT INTO main.settings (key, value)
           SELECT key, value FROM replaced.settings WHERE key NOT IN (${library})`,
        )
        .run(...NOT_INSTALLATION)
    })()
  } finally {
    restored.prepare('DETACH DATABASE replaced').run()
  }
}
