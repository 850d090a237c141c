export type LinuxBackend =
  'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown'

export interface OsEncryptionFacts {
  platform: NodeJS.Platform
  available: boolean
  /** Linux only: which secret store safeStorage picked. */
  linuxBackend?: LinuxBackend
  /** The user explicitly accepted the weak basic_text backend. */
  plainTextOptIn: boolean
}

export type OsProtectionDecision =
  | { use: 'os-keychain'; description: string }
  | { use: 'plain-opt-in'; description: string }
  | { use: 'memory-only'; reason: string }

const LINUX_BACKEND_NAMES: Record<string, string> = {
  gnome_libsecret: 'the GNOME keyring (libsecret)',
  kwallet: 'KWallet',
  kwallet5: 'KWallet 5',
  kwallet6: 'KWallet 6',
}

/**
 * Decides how the desktop app protects tokens. Linux's basic_text backend uses a hard-coded key,
 * so it counts as no encryption unless the user opted in.
 */
export function decideOsProtection(facts: OsEncryptionFacts): OsProtectionDecision {
  if (!facts.available) {
    return {
      use: 'memory-only',
      reason:
        'This computer offers no safe encryption, so tokens stay in memory for this session only.',
    }
  }
  if (facts.platform === 'darwin') return { use: 'os-keychain', description: 'the macOS Keychain' }
  if (facts.platform === 'win32')
    return { use: 'os-keychain', description: 'Windows DPAPI (your user account)' }
  const backend = facts.linuxBackend ?? 'unknown'
  const name = LINUX_BACKEND_NAMES[backend]
  if (name) return { use: 'os-keychain', description: name }
  if (facts.plainTextOptIn) {
    return { use: 'plain-opt-in', description: 'weak obfuscation you allowed (no keyring found)' }
  }
  return {
    use: 'memory-only',
    reason:
      'No keyring (GNOME Keyring or KWallet) was found, so tokens stay in memory for this session only.',
  }
}
