/**
 * Turns a library into what Trailkeep wrote before its scrypt parameters were stored: a bare
 * salt in `passphrase_salt`, keys from scrypt N = 2^15, ciphertexts version(1) | nonce | body | tag.
 * A copy of the old code, so the tests do not depend on the new one to make an old store.
 */
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto'
import type Database from 'better-sqlite3'

function sealLegacy(key: Buffer, plaintext: string): Buffer {
  const header = Buffer.from([1])
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(header)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([header, nonce, body, cipher.getAuthTag()])
}

function legacyKey(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  })
}

export interface PlainSecrets {
  accessToken: string
  refreshToken: string
  clientSecret?: string
}

/** Rewrites the library's keys and secrets in the old format, sealed with `passphrase`. */
export function writeLegacyStore(
  sqlite: Database.Database,
  passphrase: string,
  secrets: PlainSecrets,
): Buffer {
  const salt = randomBytes(16)
  const key = legacyKey(passphrase, salt)
  sqlite.transaction(() => {
    sqlite.prepare("DELETE FROM settings WHERE key LIKE 'passphrase_%'").run()
    sqlite
      .prepare("INSERT INTO settings (key, value) VALUES ('passphrase_salt', ?)")
      .run(salt.toString('base64'))
    sqlite
      .prepare(
        "UPDATE connection SET cipher_kind = 'passphrase', access_token_ciphertext = ?, refresh_token_ciphertext = ?",
      )
      .run(
        sealLegacy(key, `access-token\n${secrets.accessToken}`),
        sealLegacy(key, `refresh-token\n${secrets.refreshToken}`),
      )
    if (secrets.clientSecret) {
      sqlite
        .prepare("UPDATE credentials SET cipher_kind = 'passphrase', client_secret_ciphertext = ?")
        .run(sealLegacy(key, `client-secret\n${secrets.clientSecret}`))
    }
  })()
  return key
}

/** An old process that still holds the legacy key stores a refreshed token with it. */
export function writeLegacyRefreshToken(sqlite: Database.Database, key: Buffer, token: string) {
  sqlite
    .prepare('UPDATE connection SET refresh_token_ciphertext = ?')
    .run(sealLegacy(key, `refresh-token\n${token}`))
}
