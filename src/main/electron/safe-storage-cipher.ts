import { safeStorage } from 'electron'
import {
  decideOsProtection,
  type LinuxBackend,
  type SecretCipher,
  type SecretProtection,
} from '../core'

/** Electron safeStorage as the core's SecretProtection. Call only after `app` is ready. */
export async function createSafeStorageProtection(
  plainTextOptIn: boolean,
): Promise<SecretProtection> {
  const available = await safeStorage.isAsyncEncryptionAvailable()
  const linuxBackend =
    process.platform === 'linux'
      ? (safeStorage.getSelectedStorageBackend() as LinuxBackend)
      : undefined
  const decision = decideOsProtection({
    platform: process.platform,
    available,
    linuxBackend,
    plainTextOptIn,
  })
  if (decision.use === 'memory-only') return { kind: 'memory-only', reason: decision.reason }
  if (decision.use === 'plain-opt-in') safeStorage.setUsePlainTextEncryption(true)
  const cipher: SecretCipher = {
    kind: decision.use,
    description: decision.description,
    encrypt: (plaintext) => safeStorage.encryptStringAsync(plaintext),
    decrypt: async (ciphertext) =>
      (await safeStorage.decryptStringAsync(Buffer.from(ciphertext))).result,
  }
  return { kind: 'encrypted', cipher }
}
