import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto'
import { z } from 'zod'
import type { SecretCipher } from './secret-cipher'

export interface KdfParams {
  kdf: 'scrypt'
  N: number
  r: number
  p: number
}

/** N = 2^17 costs ~0.5 s and 128 MiB once per process: slow for guessing, fine for start-up. */
export const CURRENT_KDF: KdfParams = { kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 }
/** What stores made before the parameters were stored use (format 1 ciphertexts). */
export const LEGACY_KDF: KdfParams = { kdf: 'scrypt', N: 2 ** 15, r: 8, p: 1 }

/**
 * Parameters read from a database are checked before use: a crafted library must not make
 * start-up take minutes or gigabytes, nor weaken the key below what was ever written.
 */
export const kdfParamsSchema = z
  .object({
    kdf: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .refine((n) => n >= 2 ** 15 && n <= 2 ** 20 && (n & (n - 1)) === 0),
    r: z.number().int().min(8).max(16),
    p: z.number().int().min(1).max(4),
  })
  .refine((k) => 128 * k.N * k.r <= 1024 * 1024 * 1024)

/** True when `a` costs an attacker less than `b` in any dimension. */
export function isWeakerKdf(a: KdfParams, b: KdfParams): boolean {
  return a.N < b.N || a.r < b.r || a.p < b.p
}

export const PASSPHRASE_SALT_BYTES = 16

export function createPassphraseSalt(): Uint8Array {
  return randomBytes(PASSPHRASE_SALT_BYTES)
}

const NONCE_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32
const KEY_ID_BYTES = 4

/**
 * A key derived from the passphrase. Format 1 ciphertexts (legacy) name no key; format 2 ones
 * carry the key's id (a fingerprint of its salt), so a library can hold ciphertexts of more than
 * one key while it moves to new parameters, and each still finds its own.
 */
export interface PassphraseKey {
  format: 1 | 2
  id: Buffer
  key: Buffer
}

export function keyIdOf(salt: Uint8Array): Buffer {
  return createHash('sha256').update(salt).digest().subarray(0, KEY_ID_BYTES)
}

export function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
  format: 1 | 2 = 2,
): Promise<PassphraseKey> {
  if (passphrase.length === 0) return Promise.reject(new Error('The passphrase is empty.'))
  const { N, r, p } = params
  // scrypt needs about 128·N·r bytes; Node refuses more than maxmem, so it is given explicitly.
  const options = { N, r, p, maxmem: 128 * N * r + 16 * 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve({ format, id: keyIdOf(salt), key }),
    )
  })
}

function headerOf(key: PassphraseKey): Buffer {
  return key.format === 1 ? Buffer.from([1]) : Buffer.concat([Buffer.from([2]), key.id])
}

/**
 * AES-256-GCM with a random nonce per value; the header is authenticated too.
 * Layout: header (format 1: 1 | format 2: 2, key id(4)) | nonce(12) | ciphertext | tag(16).
 */
export function sealWithKey(key: PassphraseKey, plaintext: string): Buffer {
  const header = headerOf(key)
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce)
  cipher.setAAD(header)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([header, nonce, body, cipher.getAuthTag()])
}

/** Which key a ciphertext needs, or null when it is not a Trailkeep passphrase ciphertext. */
export function keyNeededBy(ciphertext: Uint8Array): { format: 1 | 2; id: Buffer | null } | null {
  const bytes = Buffer.from(ciphertext)
  if (bytes[0] === 1 && bytes.length >= 1 + NONCE_BYTES + TAG_BYTES) return { format: 1, id: null }
  if (bytes[0] === 2 && bytes.length >= 1 + KEY_ID_BYTES + NONCE_BYTES + TAG_BYTES) {
    return { format: 2, id: bytes.subarray(1, 1 + KEY_ID_BYTES) }
  }
  return null
}

export function openWithKey(key: PassphraseKey, ciphertext: Uint8Array): string {
  const bytes = Buffer.from(ciphertext)
  const header = headerOf(key)
  if (!bytes.subarray(0, header.length).equals(header)) {
    throw new Error('This ciphertext was sealed with another key.')
  }
  const nonce = bytes.subarray(header.length, header.length + NONCE_BYTES)
  const tag = bytes.subarray(bytes.length - TAG_BYTES)
  const body = bytes.subarray(header.length + NONCE_BYTES, bytes.length - TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key.key, nonce)
  decipher.setAAD(header)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
}

/** Finds the key a ciphertext names; null when this passphrase has no such key. */
export type KeyLookup = (needed: {
  format: 1 | 2
  id: Buffer | null
}) => Promise<PassphraseKey | null>

/** A SecretCipher that seals with `current` and opens whatever `lookup` has a key for. */
export function cipherWithKeys(current: PassphraseKey, lookup: KeyLookup): SecretCipher {
  return {
    kind: 'passphrase',
    description: 'a key derived from TRAILKEEP_PASSPHRASE (scrypt, AES-256-GCM)',
    encrypt: async (plaintext) => sealWithKey(current, plaintext),
    async decrypt(ciphertext) {
      const needed = keyNeededBy(ciphertext)
      if (!needed) throw new Error('Not a Trailkeep passphrase ciphertext.')
      const key = await lookup(needed)
      if (!key) throw new Error('This ciphertext was sealed with another key.')
      return openWithKey(key, ciphertext)
    },
  }
}

/** A cipher with one key: the passphrase and salt with `params` (the current ones by default). */
export async function createPassphraseCipher(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams = CURRENT_KDF,
): Promise<SecretCipher> {
  const key = await derivePassphraseKey(passphrase, salt, params)
  return cipherWithKeys(key, async (needed) =>
    needed.format === 2 && needed.id?.equals(key.id) ? key : null,
  )
}
