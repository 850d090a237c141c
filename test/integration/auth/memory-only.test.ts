import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../helpers/harness'
import { findSecretsInFolder } from '../../helpers/scan-secrets'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

describe('without safe encryption (desktop app on Linux without a keyring)', () => {
  it('keeps tokens and the client secret in memory only, and asks to reconnect after a restart', async () => {
    const core = await h.openCore({
      passphrase: null,
      allowMemoryOnlyTokens: true,
      environmentCredentials: {},
    })
    expect((await core.auth.status()).credentials.configured).toBe(false)
    await core.credentials.save({
      clientId: h.emulator.clientId,
      clientSecret: h.emulator.clientSecret,
    })
    const { status } = await core.auth.connect()
    expect(status).toMatchObject({ state: 'connected', tokenProtection: { kind: 'memory-only' } })
    h.clock.advance(6 * 3600 * 1000)
    expect((await core.api.get('/athlete')).status).toBe(200)
    expect(h.emulator.stats.tokenRefreshes).toBe(1)

    const row = core.database.sqlite.prepare('SELECT * FROM connection').get() as Record<
      string,
      unknown
    >
    expect(row).toMatchObject({ access_token_ciphertext: null, refresh_token_ciphertext: null })
    expect(
      findSecretsInFolder(h.dataDir, [...h.emulator.issuedSecrets(), h.emulator.clientSecret]),
    ).toEqual([])
    core.close()

    const restarted = await h.openCore({
      passphrase: null,
      allowMemoryOnlyTokens: true,
      environmentCredentials: {},
    })
    expect(await restarted.auth.status()).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'session-ended',
      athlete: { firstname: 'Zoë' },
      credentials: { configured: false },
    })
  })
})

describe('first-run credentials', () => {
  it('rejects values that cannot be a Strava Client ID or Secret, with a clear sentence', async () => {
    const core = await h.openCore({ environmentCredentials: {} })
    const bad = [
      { clientId: 'abc', clientSecret: h.emulator.clientSecret },
      { clientId: '', clientSecret: h.emulator.clientSecret },
      { clientId: '4242', clientSecret: 'short' },
      { clientId: '4242', clientSecret: '<script>alert(1)</script>' },
    ]
    for (const input of bad) {
      await expect(core.credentials.save(input), JSON.stringify(input)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      })
    }
    expect(core.credentials.status().configured).toBe(false)
  })

  it('stores the secret encrypted and lets the environment override it', async () => {
    const core = await h.openCore({ environmentCredentials: {} })
    await core.credentials.save({
      clientId: ` ${h.emulator.clientId} `,
      clientSecret: h.emulator.clientSecret,
    })
    expect(core.credentials.status()).toEqual({
      configured: true,
      source: 'saved',
      clientId: h.emulator.clientId,
    })
    expect(findSecretsInFolder(h.dataDir, [h.emulator.clientSecret])).toEqual([])
    await core.auth.connect()
    expect((await core.auth.status()).state).toBe('connected')
    core.close()
    const overridden = await h.openCore({
      environmentCredentials: { clientId: '999', clientSecret: 'another-secret-value' },
    })
    expect(overridden.credentials.status()).toEqual({
      configured: true,
      source: 'environment',
      clientId: '999',
    })
  })
})

describe('opting in to weak storage (Linux without a keyring)', () => {
  it('is offered only where it exists, and is remembered for the next start', async () => {
    const { faceOf } = await import('../../../src/main/core/open-trailkeep')
    const { readPlainTextOptIn } = await import('../../../src/main/core/settings/read-settings')
    const elsewhere = await h.openCore()
    expect(() => faceOf(elsewhere).settings.setPlainTextOptIn({ enabled: true })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(faceOf(elsewhere).settings.get().plainTextOptIn).toBeNull()
    elsewhere.close()
    const linux = await h.openCore({
      passphrase: null,
      allowMemoryOnlyTokens: true,
      plainTextOptInAvailable: true,
    })
    const settings = faceOf(linux).settings
    expect(settings.get().plainTextOptIn).toEqual({ enabled: false })
    expect(settings.setPlainTextOptIn({ enabled: true }).plainTextOptIn).toEqual({ enabled: true })
    expect(readPlainTextOptIn(linux.db)).toBe(true)
  })
})
