import type Database from 'better-sqlite3'
import { PASSPHRASE_SETTINGS } from '../crypto/passphrase-protection'
import { SYNC_LOCK_SETTING } from '../sync/sync-lock'
import { placeholders } from '../db/id-chunks'

/**
 * What no backup carries: the Strava tokens and the athlete's connection, the API application's
 * secret, and the passphrase salt and key parameters (with the salt, a copied backup would be
 * enough to start guessing the passphrase offline). A sync lease belongs to no one after a copy.
 * Everything else (activities, streams, originals' records, preferences) stays.
 */
const SECRET_TABLES = ['connection', 'credentials'] as const
const SECRET_SETTINGS = [...PASSPHRASE_SETTINGS, SYNC_LOCK_SETTING]

/**
 * Removes the secrets from a copy of the library, leaving no trace of them in the file:
 * secure_delete overwrites the deleted cells and freed pages with zeros, and the rollback
 * journal (the old pages) stays in memory. No VACUUM: on a library of several GB it would cost
 * as much again in time and scratch space. Leaves the file in rollback-journal mode, one
 * self-contained file.
 */
export function stripSecrets(copy: Database.Database): void {
  copy.pragma('journal_mode = DELETE')
  copy.pragma('secure_delete = ON')
  copy.pragma('journal_mode = MEMORY')
  copy.transaction(() => {
    for (const table of SECRET_TABLES) copy.prepare(`DELETE FROM ${table}`).run()
    const keys = placeholders(SECRET_SETTINGS.length)
    copy.prepare(`DELETE FROM settings WHERE key IN (${keys})`).run(...SECRET_SETTINGS)
  })()
  copy.pragma('journal_mode = DELETE')
}
