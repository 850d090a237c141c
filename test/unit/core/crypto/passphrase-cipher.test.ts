import { describe, expect, it } from 'vitest'
import {
  createPassphraseCipher,
  createPassphraseSalt,
  CURRENT_KDF,
  derivePassphraseKey,
  kdfParamsSchema,
  LEGACY_KDF,
} from '../../../../src/main/core/crypto/passphrase-cipher'

const salt = createPassphraseSalt()

describe('passphrase cipher', () => {
  it('round-trips Unicode text and never repeats a ciphertext', async () => {
    const cipher = await createPassphraseCipher('pässwörd 🏃', salt)
    const a = await cipher.encrypt('refresh-token-ÄÖÜ-✓')
    const b = await cipher.encrypt('refresh-token-ÄÖÜ-✓')
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false)
    expect(Buffer.from(a).includes(Buffer.from('refresh-token'))).toBe(false)
    expect(await cipher.decrypt(a)).toBe('refresh-token-ÄÖÜ-✓')
  })

  it('fails closed with a wrong passphrase or another salt', async () => {
    const right = await createPassphraseCipher('right', salt)
    const wrong = await createPassphraseCipher('wrong', salt)
    const otherSalt = await createPassphraseCipher('right', createPassphraseSalt())
    const sealed = await right.encrypt('secret')
    await expect(wrong.decrypt(sealed)).rejects.toThrow()
    await expect(otherSalt.decrypt(sealed)).rejects.toThrow()
  })

  it('rejects every single-byte change and truncation', async () => {
    const cipher = await createPassphraseCipher('right', salt)
    const sealed = Buffer.from(await cipher.encrypt('a secret value'))
    for (let i = 0; i < sealed.length; i++) {
      const tampered = Buffer.from(sealed)
      tampered[i] = (tampered[i] ?? 0) ^ 0x01
      await expect(cipher.decrypt(tampered), `byte ${i}`).rejects.toThrow()
    }
    await expect(cipher.decrypt(sealed.subarray(0, sealed.length - 1))).rejects.toThrow()
    await expect(cipher.decrypt(Buffer.alloc(0))).rejects.toThrow()
  })

  it('refuses an empty passphrase', async () => {
    await expect(createPassphraseCipher('', salt)).rejects.toThrow(/empty/)
  })
})

describe('stored key parameters', () => {
  it('accept today’s and refuse what would weaken the key or exhaust the machine', () => {
    expect(kdfParamsSchema.safeParse(CURRENT_KDF).success).toBe(true)
    expect(kdfParamsSchema.safeParse(LEGACY_KDF).success).toBe(true)
    for (const params of [
      { ...CURRENT_KDF, N: 2 ** 10 },
      { ...CURRENT_KDF, N: 2 ** 30 },
      { ...CURRENT_KDF, N: 100_000 },
      { ...CURRENT_KDF, r: 1 },
      { ...CURRENT_KDF, p: 64 },
      { ...CURRENT_KDF, N: 2 ** 20, r: 16 },
      { ...CURRENT_KDF, kdf: 'pbkdf2' },
    ]) {
      expect(kdfParamsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false)
    }
  })

  it('derive with N = 2^17 inside an explicit memory limit', async () => {
    expect(CURRENT_KDF).toEqual({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 })
    const key = await derivePassphraseKey('a long enough passphrase', salt, CURRENT_KDF)
    expect(key.key).toHaveLength(32)
    const weaker = await derivePassphraseKey('a long enough passphrase', salt, LEGACY_KDF)
    expect(weaker.key.equals(key.key)).toBe(false)
  })
})
