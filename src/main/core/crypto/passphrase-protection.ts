import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import { redactor } from '../log/redact'
import { createPassphraseSalt, CURRENT_KDF, cipherWithKeys, isWeakerKdf } from './passphrase-cipher'
import {
  KEY_SETTING,
  LEGACY_SALT_SETTING,
  PassphraseKeyring,
  readStoredKeys,
  RETIRED_KEYS_SETTING,
} from './passphrase-keyring'
import { moveSecretsToKey } from './passphrase-migration'
import type { SecretProtection } from './secret-cipher'

/** Settings that belong to the passphrase's keys: never copied into a backup. */
export const PASSPHRASE_SETTINGS = [KEY_SETTING, RETIRED_KEYS_SETTING, LEGACY_SALT_SETTING]

/** Shorter passphrases fall to guessing even behind scrypt; counted in characters, not bytes. */
export const MIN_PASSPHRASE_LENGTH = 12

export const SHORT_PASSPHRASE_NOTICE =
  'Your TRAILKEEP_PASSPHRASE is shorter than 12 characters. Choose a longer one, then run `trailkeep connect` with it to protect your Strava access again.'

/**
 * Protection for the command line: a key from TRAILKEEP_PASSPHRASE with this library's own salt
 * and scrypt parameters, or memory only when no passphrase is set. A library whose key is weaker
 * than today's (made by an older version) is moved to a new key on this unlock. A new library
 * refuses a passphrase shorter than 12 characters; an existing one still opens with it, and
 * `notify` is told once.
 */
export async function resolvePassphraseProtection(
  db: AppDb,
  passphrase: string | undefined,
  notify?: (message: string) => void,
): Promise<SecretProtection> {
  if (!passphrase) {
    return {
      kind: 'memory-only',
      reason: 'TRAILKEEP_PASSPHRASE is not set, so tokens are never written to disk.',
    }
  }
  redactor.addSecret(passphrase)
  const short = [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = readStoredKeys(db)
    if (short && !stored.current && !stored.legacySalt) {
      throw new AppError(
        'PASSPHRASE_TOO_SHORT',
        'TRAILKEEP_PASSPHRASE is too short: choose one of at least 12 characters (a few unrelated words work well).',
      )
    }
    if (short && attempt === 0) notify?.(SHORT_PASSPHRASE_NOTICE)
    const keyring = new PassphraseKeyring(passphrase, stored)
    const upgrade = !stored.current || isWeakerKdf(stored.current.params, CURRENT_KDF)
    const target = upgrade
      ? { params: CURRENT_KDF, salt: Buffer.from(createPassphraseSalt()) }
      : stored.current!
    const key = await keyring.derive(target)
    const outcome = await moveSecretsToKey(db, keyring, stored, key, upgrade ? target : null)
    if (outcome === 'changed') continue
    // A passphrase that opens none of the old secrets cannot be trusted to replace their key.
    const current =
      outcome === 'unreadable' && stored.current ? await keyring.derive(stored.current) : key
    return { kind: 'encrypted', cipher: cipherWithKeys(current, keyring.lookup) }
  }
  throw new AppError(
    'DB',
    'Another Trailkeep process keeps changing the passphrase keys. Try again in a moment.',
  )
}
