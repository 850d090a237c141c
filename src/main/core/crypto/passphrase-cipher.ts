import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import type { SecretCipher } from './secret-cipher'

const FORMAT_VERSION = 1
const NONCE_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32
// N = 2^15 costs ~100 ms and 32 MiB once per process: slow for guessing, fine for start-up.
const SCRYPT_OPTIONS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

export const PASSPHRASE_SALT_BYTES = 16

export function createPassphraseSalt(): Uint8Array {
  return randomBytes(PASSPHRASE_SALT_BYTES)
}

function deriveKey(passphrase: string, salt: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT_OPTIONS, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/**
 * AES-256-GCM with a random nonce per value; the version byte is authenticated too.
 * Layout: version(1) | nonce(12) | ciphertext | tag(16).
 */
export async function createPassphraseCipher(
  passphrase: string,
  salt: Uint8Array,
): Promise<SecretCipher> {
  if (passphrase.length === 0) throw new Error('The passphrase is empty.')
  const key = await deriveKey(passphrase, salt)
  const header = Buffer.from([FORMAT_VERSION])

  return {
    kind: 'passphrase',
    description: 'a key derived from TRAILKEEP_PASSPHRASE (scrypt, AES-256-GCM)',
    async encrypt(plaintext) {
      const nonce = randomBytes(NONCE_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, nonce)
      cipher.setAAD(header)
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return Buffer.concat([header, nonce, body, cipher.getAuthTag()])
    },
    async decrypt(ciphertext) {
      const bytes = Buffer.from(ciphertext)
      if (bytes.length < 1 + NONCE_BYTES + TAG_BYTES || bytes[0] !== FORMAT_VERSION) {
        throw new Error('Not a Trailkeep passphrase ciphertext.')
      }
      const nonce = bytes.subarray(1, 1 + NONCE_BYTES)
      const tag = bytes.subarray(bytes.length - TAG_BYTES)
      const body = bytes.subarray(1 + NONCE_BYTES, bytes.length - TAG_BYTES)
      const decipher = createDecipheriv('aes-256-gcm', key, nonce)
      decipher.setAAD(header)
      decipher.setAuthTag(tag)
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
    },
  }
}
