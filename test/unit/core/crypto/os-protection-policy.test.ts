import { describe, expect, it } from 'vitest'
import { decideOsProtection } from '../../../../src/main/core/crypto/os-protection-policy'

describe('how the desktop app protects tokens', () => {
  it('uses the keyring on Linux only with a real secret service', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const) {
      expect(
        decideOsProtection({
          platform: 'linux',
          available: true,
          linuxBackend: backend,
          plainTextOptIn: false,
        }).use,
        backend,
      ).toBe('os-keychain')
    }
  })

  it('treats basic_text and unknown as no encryption unless the user opted in', () => {
    for (const backend of ['basic_text', 'unknown'] as const) {
      expect(
        decideOsProtection({
          platform: 'linux',
          available: true,
          linuxBackend: backend,
          plainTextOptIn: false,
        }).use,
        backend,
      ).toBe('memory-only')
      expect(
        decideOsProtection({
          platform: 'linux',
          available: true,
          linuxBackend: backend,
          plainTextOptIn: true,
        }).use,
        backend,
      ).toBe('plain-opt-in')
    }
  })

  it('keeps tokens in memory when encryption is unavailable anywhere', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(
        decideOsProtection({ platform, available: false, plainTextOptIn: true }).use,
        platform,
      ).toBe('memory-only')
    }
  })

  it('uses the macOS Keychain and Windows DPAPI when available', () => {
    expect(
      decideOsProtection({ platform: 'darwin', available: true, plainTextOptIn: false }).use,
    ).toBe('os-keychain')
    expect(
      decideOsProtection({ platform: 'win32', available: true, plainTextOptIn: false }).use,
    ).toBe('os-keychain')
  })
})
