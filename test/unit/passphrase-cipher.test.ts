import { describe, expect, it } from 'vitest'
import {
  createPassphraseCipher,
  createPassphraseSalt,
} from '../../src/main/core/crypto/passphrase-cipher'

describe('passphrase cipher', () => {
  const salt = createPassphraseSalt()

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
