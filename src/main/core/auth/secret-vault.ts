import { AppError } from '../errors'
import { redactor } from '../log/redact'
import type { CipherKind, SecretProtection } from '../crypto/secret-cipher'

export type TokenProtection =
  { kind: CipherKind; description: string } | { kind: 'memory-only'; description: string }

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

  async seal(plaintext: string): Promise<SealedSecret> {
    redactor.addSecret(plaintext)
    if (this.protection.kind !== 'encrypted') {
      throw new AppError('NO_SAFE_STORAGE', 'No safe encryption is available to store secrets.')
    }
    const { cipher } = this.protection
    return { ciphertext: Buffer.from(await cipher.encrypt(plaintext)), cipherKind: cipher.kind }
  }

  async open(ciphertext: Uint8Array | null, cipherKind: string | null): Promise<string> {
    if (this.protection.kind !== 'encrypted' || ciphertext === null) throw unreadable()
    if (cipherKind !== this.protection.cipher.kind) throw unreadable()
    try {
      const plaintext = await this.protection.cipher.decrypt(ciphertext)
      redactor.addSecret(plaintext)
      return plaintext
    } catch {
      throw unreadable()
    }
  }
}

function unreadable(): AppError {
  return new AppError(
    'RECONNECT_REQUIRED',
    'Your saved Strava access cannot be read (a different key or a changed file). Connect again.',
  )
}
