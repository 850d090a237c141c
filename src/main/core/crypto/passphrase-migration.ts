/**
 * Moves every stored secret under the current passphrase key, in one durable transaction with
 * the key's parameters, so that a library never holds ciphertexts no stored key describes.
 */
import { writeDurably } from '../db/durable-write'
import type { AppDb } from '../db/open-database'
import { readSetting, writeSetting } from '../db/settings-repo'
import { redactor } from '../log/redact'
import { keyNeededBy, openWithKey, sealWithKey, type PassphraseKey } from './passphrase-cipher'
import {
  describeKey,
  KEY_SETTING,
  RETIRED_KEYS_SETTING,
  type KeyDescriptor,
  type PassphraseKeyring,
  type StoredKeys,
} from './passphrase-keyring'

/** Every column that holds a passphrase ciphertext (its row's cipher_kind says 'passphrase'). */
const SECRET_COLUMNS = [
  ['connection', 'access_token_ciphertext'],
  ['connection', 'refresh_token_ciphertext'],
  ['credentials', 'client_secret_ciphertext'],
] as const

interface Resealed {
  table: string
  column: string
  id: number
  before: Buffer
  plaintext: string
}

export type MigrationOutcome =
  /** Every secret is under `current` now (or was already), and `current` is stored. */
  | 'moved'
  /** Some secret does not open with this passphrase: nothing was changed. */
  | 'unreadable'
  /** Another process changed the keys meanwhile: read them again. */
  | 'changed'

/**
 * Re-encrypts the secrets not yet under `current` and, when `newKey` is given, stores it as the
 * current key (retiring the one it replaces). A secret that does not open (a wrong passphrase)
 * stops the move before anything is written, unless there is no stored key at all yet.
 */
export async function moveSecretsToKey(
  db: AppDb,
  keyring: PassphraseKeyring,
  stored: StoredKeys,
  current: PassphraseKey,
  newKey: KeyDescriptor | null,
): Promise<MigrationOutcome> {
  const sqlite = db.$client
  const resealed: Resealed[] = []
  let unreadable = false
  for (const [table, column] of SECRET_COLUMNS) {
    const rows = sqlite
      .prepare(
        `SELECT id, ${column} AS value FROM ${table} WHERE cipher_kind = 'passphrase' AND ${column} IS NOT NULL`,
      )
      .all() as { id: number; value: Buffer }[]
    for (const { id, value } of rows) {
      const needed = keyNeededBy(value)
      if (needed?.format === 2 && needed.id?.equals(current.id)) continue
      const key = needed && (await keyring.lookup(needed))
      try {
        if (!key) throw new Error('no key')
        const plaintext = openWithKey(key, value)
        redactor.addSecret(plaintext.slice(plaintext.indexOf('\n') + 1))
        resealed.push({ table, column, id, before: value, plaintext })
      } catch {
        unreadable = true
      }
    }
  }
  if (unreadable && (stored.current !== null || newKey === null)) return 'unreadable'
  return writeDurably(sqlite, () =>
    sqlite
      .transaction((): MigrationOutcome => {
        if ((readSetting(db, KEY_SETTING) ?? null) !== stored.currentText) return 'changed'
        for (const { table, column, id, before, plaintext } of resealed) {
          // Only a value nobody replaced meanwhile: a newer token wins over this copy of an old one.
          sqlite
            .prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ? AND ${column} = ?`)
            .run(sealWithKey(current, plaintext), id, before)
        }
        if (newKey) {
          writeSetting(db, KEY_SETTING, JSON.stringify(describeKey(newKey)))
          if (stored.current) {
            const retired = [...stored.retired, stored.current].map(describeKey)
            writeSetting(db, RETIRED_KEYS_SETTING, JSON.stringify(retired))
          }
        }
        return 'moved'
      })
      .immediate(),
  )
}
