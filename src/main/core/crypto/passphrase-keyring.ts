/**
 * The keys a passphrase opens in one library: the current one (its scrypt parameters and salt
 * stored together in settings), keys retired by a change of parameters, and the legacy key of
 * stores made before parameters were stored (a bare salt, scrypt N = 2^15, format 1 ciphertexts).
 */
import { z } from 'zod'
import type { DbOrTx } from '../db/open-database'
import { readSetting } from '../db/settings-repo'
import {
  derivePassphraseKey,
  kdfParamsSchema,
  keyIdOf,
  LEGACY_KDF,
  type KdfParams,
  type KeyLookup,
  type PassphraseKey,
} from './passphrase-cipher'

export const KEY_SETTING = 'passphrase_key'
export const RETIRED_KEYS_SETTING = 'passphrase_keys_retired'
export const LEGACY_SALT_SETTING = 'passphrase_salt'

export interface KeyDescriptor {
  params: KdfParams
  salt: Buffer
}

const storedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number(),
  r: z.number(),
  p: z.number(),
  salt: z.base64().refine((s) => Buffer.from(s, 'base64').length >= 16),
})

function parseDescriptor(value: unknown): KeyDescriptor | null {
  const parsed = storedKeySchema.safeParse(value)
  if (!parsed.success) return null
  const { salt, ...rest } = parsed.data
  const params = kdfParamsSchema.safeParse(rest)
  return params.success ? { params: params.data, salt: Buffer.from(salt, 'base64') } : null
}

export function describeKey(key: KeyDescriptor): unknown {
  return { ...key.params, salt: key.salt.toString('base64') }
}

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

export interface StoredKeys {
  current: KeyDescriptor | null
  /** The setting as stored, to notice another process changing it meanwhile. */
  currentText: string | null
  retired: KeyDescriptor[]
  legacySalt: Buffer | null
}

/** What the library's settings say about its passphrase keys; unreadable entries count as none. */
export function readStoredKeys(db: DbOrTx): StoredKeys {
  const currentText = readSetting(db, KEY_SETTING) ?? null
  const retired = parseJson(readSetting(db, RETIRED_KEYS_SETTING))
  const legacy = readSetting(db, LEGACY_SALT_SETTING)
  const legacySalt = legacy ? Buffer.from(legacy, 'base64') : null
  return {
    current: currentText === null ? null : parseDescriptor(parseJson(currentText)),
    currentText,
    retired: Array.isArray(retired)
      ? retired.map(parseDescriptor).filter((k): k is KeyDescriptor => k !== null)
      : [],
    legacySalt: legacySalt && legacySalt.length >= 16 ? legacySalt : null,
  }
}

/** Derives keys on demand (each costs a scrypt run) and remembers them for this process. */
export class PassphraseKeyring {
  private readonly derived = new Map<string, Promise<PassphraseKey>>()
  private readonly known: KeyDescriptor[]

  constructor(
    private readonly passphrase: string,
    private readonly stored: StoredKeys,
  ) {
    this.known = [...(stored.current ? [stored.current] : []), ...stored.retired]
  }

  derive(descriptor: KeyDescriptor, format: 1 | 2 = 2): Promise<PassphraseKey> {
    const cacheKey = `${format}:${descriptor.salt.toString('base64')}:${JSON.stringify(descriptor.params)}`
    let key = this.derived.get(cacheKey)
    if (!key) {
      key = derivePassphraseKey(this.passphrase, descriptor.salt, descriptor.params, format)
      this.derived.set(cacheKey, key)
      if (format === 2 && !this.known.includes(descriptor)) this.known.push(descriptor)
    }
    return key
  }

  readonly lookup: KeyLookup = async ({ format, id }) => {
    if (format === 1) {
      const salt = this.stored.legacySalt
      return salt ? this.derive({ params: LEGACY_KDF, salt }, 1) : null
    }
    const descriptor = this.known.find((k) => id !== null && keyIdOf(k.salt).equals(id))
    return descriptor ? this.derive(descriptor) : null
  }
}
