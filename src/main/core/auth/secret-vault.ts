import { AppError } from '../errors'
import { redactor } from '../log/redact'
import type { CipherKind, SecretProtection } from '../crypto/secret-cipher'

export type TokenProtection =
  { kind: CipherKind; description: string } | { kind: 'memory-only'; description: string }

export type SecretPurpose = 'access-token' | 'refresh-token' | 'client-secret'

export interface SealedSecret {
  ciphertext: Buffer
  cipherKind: CipherKind
}

/**
 * Turns secrets into ciphertext for the database, or refuses to when only memory is safe.
 * Every failure to open a secret is one AppError: a wrong key and a tampered value look alike.
 */
export class SecretVault {
  constructor(private readonly protection: SecretProtection) {}

  get persistent(): boolean {
    return this.protection.kind === 'encrypted'
  }

  describe(): TokenProtection {
    return this.protection.kind === 'encrypted'
      ? { kind: this.protection.cipher.kind, description: this.protection.cipher.description }
      : { kind: 'memory-only', description: this.protection.reason }
  }

  /**
   * Encrypts a secret bound to its purpose, so a ciphertext moved into another column (swapped
   * rows in a tampered database) fails to open instead of being used as the wrong secret.
   */
  async seal(plaintext: string, purpose: SecretPurpose): Promise<SealedSecret> {
    redactor.addSecret(plaintext)
    if (this.protection.kind !== 'encrypted') {
      throw new AppError('NO_SAFE_STORAGE', 'No safe encryption is available to store secrets.')
    }
    const { cipher } = this.protection
    const ciphertext = await cipher.encrypt(`${purpose}\n${plaintext}`)
    return { ciphertext: Buffer.from(ciphertext), cipherKind: cipher.kind }
  }

  async open(
    ciphertext: Uint8Array | null,
    cipherKind: string | null,
    purpose: SecretPurpose,
  ): Promise<string> {
    if (this.protection.kind !== 'encrypted' || ciphertext === null) throw unreadable()
    if (cipherKind !== this.protection.cipher.kind) throw unreadable()
    let opened: string
    try {
      opened = await this.protection.cipher.decrypt(ciphertext)
    } catch {
      throw unreadable()
    }
    const prefix = `${purpose}\n`
    if (!opened.startsWith(prefix)) throw unreadable()
    const plaintext = opened.slice(prefix.length)
    redactor.addSecret(plaintext)
    return plaintext
  }
}

function unreadable(): AppError {
  return new AppError(
    'RECONNECT_REQUIRED',
    'Your saved Strava access cannot be read (a different key or a changed file). Connect again.',
  )
}
