/**
 * How secrets are protected at rest. Shaped like Electron's safeStorage, but async so
 * both the sync and the async safeStorage APIs fit.
 * - `os-keychain`: safeStorage backed by Keychain, DPAPI or a Linux secret service.
 * - `passphrase`: scrypt-derived key from TRAILKEEP_PASSPHRASE.
 * - `plain-opt-in`: safeStorage's basic_text backend, used only after the user opted in.
 */
export type CipherKind = 'os-keychain' | 'passphrase' | 'plain-opt-in'

export interface SecretCipher {
  readonly kind: CipherKind
  /** A short human description, e.g. "GNOME Keyring (libsecret)". */
  readonly description: string
  encrypt(plaintext: string): Promise<Uint8Array>
  decrypt(ciphertext: Uint8Array): Promise<string>
}

/** Where secrets live when no cipher is available: only in this process's memory. */
export type SecretProtection =
  { kind: 'encrypted'; cipher: SecretCipher } | { kind: 'memory-only'; reason: string }
