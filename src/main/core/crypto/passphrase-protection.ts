import type { AppDb } from '../db/open-database'
import { redactor } from '../log/redact'
import { readSetting, writeSetting } from '../db/settings-repo'
import { createPassphraseCipher, createPassphraseSalt } from './passphrase-cipher'
import type { SecretProtection } from './secret-cipher'

const SALT_SETTING = 'passphrase_salt'
/** Settings that belong to the passphrase's key: never copied into a backup. */
export const PASSPHRASE_SETTINGS = [SALT_SETTING]

/**
 * Protection for the command line: a key from TRAILKEEP_PASSPHRASE with this library's own
 * salt, or memory only when no passphrase is set.
 */
export async function resolvePassphraseProtection(
  db: AppDb,
  passphrase: string | undefined,
): Promise<SecretProtection> {
  if (!passphrase) {
    return {
      kind: 'memory-only',
      reason: 'TRAILKEEP_PASSPHRASE is not set, so tokens are never written to disk.',
    }
  }
  redactor.addSecret(passphrase)
  let saltText = readSetting(db, SALT_SETTING)
  if (!saltText) {
    saltText = Buffer.from(createPassphraseSalt()).toString('base64')
    writeSetting(db, SALT_SETTING, saltText)
  }
  const cipher = await createPassphraseCipher(passphrase, Buffer.from(saltText, 'base64'))
  return { kind: 'encrypted', cipher }
}
