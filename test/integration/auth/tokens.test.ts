import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAppError } from '../../../src/main/core/errors'
import { activities } from '../../../src/main/core/db/schema'
import { countLiveActivities } from '../../../src/main/core/db/library-repo'
import { createHarness, type Harness } from '../../helpers/harness'
import type { CoreParts } from '../../../src/main/core/create-core'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

async function connected(): Promise<CoreParts> {
  const core = await h.openCore()
  await core.auth.connect()
  return core
}

function insertActivity(core: CoreParts, id: number) {
  core.db
    .insert(activities)
    .values({
      id,
      athleteId: 134815,
      name: 'Kept run',
      sportType: 'Run',
      startDate: 1_700_000_000,
      startDateLocal: '2023-11-14T22:13:20Z',
      distance: 5000,
      movingTime: 1500,
      elapsedTime: 1600,
      totalElevationGain: 20,
      summaryJson: '{}',
      firstSeenAt: 0,
      updatedAt: 0,
    })
    .run()
}

describe('staying connected', () => {
  it('refreshes an expired token exactly once for 1,000 concurrent callers and persists the rotation', async () => {
    const core = await connected()
    const before = await core.tokens.getAccessToken()
    h.clock.advance(6 * 3600 * 1000)
    core.close()

    const restarted = await h.openCore()
    const tokens = await Promise.all(
      Array.from({ length: 1000 }, () => restarted.tokens.getAccessToken()),
    )
    expect(new Set(tokens).size).toBe(1)
    expect(tokens[0]).not.toBe(before)
    expect(h.emulator.stats.tokenRefreshes).toBe(1)
    restarted.close()

    // The rotated refresh token was committed: a new process can refresh again without reuse.
    h.clock.advance(6 * 3600 * 1000)
    const third = await h.openCore()
    await third.tokens.getAccessToken()
    expect(h.emulator.stats.tokenRefreshes).toBe(2)
    expect(h.emulator.stats.refreshTokenReuse).toBe(0)
    expect((await third.api.get('/athlete')).status).toBe(200)
  })

  it('does not refresh while more than five minutes are left', async () => {
    const core = await connected()
    await core.tokens.getAccessToken()
    await core.tokens.getAccessToken()
    expect(h.emulator.stats.tokenRefreshes).toBe(0)
  })

  it('answers a 401 with one refresh and one retry', async () => {
    const core = await connected()
    h.emulator.expireAccessTokens()
    // The stored expiry still looks fresh, so only the 401 reveals the expired token.
    const response = await core.api.get('/athlete')
    expect(response.status).toBe(200)
    expect(h.emulator.stats.unauthorized).toBe(1)
    expect(h.emulator.stats.tokenRefreshes).toBe(1)
  })

  it('moves to reconnect_required when the refresh token is revoked, keeping the backup', async () => {
    const core = await connected()
    insertActivity(core, 17_000_000_001)
    h.emulator.revokeAll()
    const error = await core.api.get('/athlete').catch((e: unknown) => e)
    expect(isAppError(error, 'RECONNECT_REQUIRED')).toBe(true)
    const status = await core.auth.status()
    expect(status).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'revoked',
      athlete: { id: 134815 },
    })
    expect(countLiveActivities(core.db)).toBe(1)
    const row = core.db.query.connection.findFirst().sync()
    expect(row).toMatchObject({ refreshTokenCiphertext: null, accessTokenCiphertext: null })
  })

  it('moves to reconnect_required when Strava refuses even the renewed token', async () => {
    const core = await connected()
    insertActivity(core, 17_000_000_002)
    h.emulator.faults.push({ path: /\/athlete$/, kind: 'unauthorized', times: 2 })
    const error = await core.api.get('/athlete').catch((e: unknown) => e)
    expect(isAppError(error, 'RECONNECT_REQUIRED')).toBe(true)
    expect(h.emulator.stats.tokenRefreshes).toBe(1)
    expect(await core.auth.status()).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'revoked',
    })
    expect(countLiveActivities(core.db)).toBe(1)
    const row = core.db.query.connection.findFirst().sync()
    expect(row).toMatchObject({ refreshTokenCiphertext: null, accessTokenCiphertext: null })
  })

  it('keeps the tokens through network errors while refreshing', async () => {
    const core = await connected()
    h.emulator.expireAccessTokens()
    h.emulator.faults.push({ path: /^\/oauth\/token$/, kind: 'reset', times: 10 })
    const error = await core.tokens
      .getAccessToken({ rejected: await core.tokens.getAccessToken() })
      .catch((e: unknown) => e)
    expect(isAppError(error, 'NETWORK')).toBe(true)
    h.emulator.faults.length = 0
    expect((await core.auth.status()).state).toBe('connected')
    expect((await core.api.get('/athlete')).status).toBe(200)
    expect(h.emulator.stats.refreshTokenReuse).toBe(0)
  })

  it('fails closed with a wrong passphrase: reconnect required, nothing changed', async () => {
    const core = await connected()
    core.close()
    const wrongKey = await h.openCore({ passphrase: 'not the passphrase' })
    expect(await wrongKey.auth.status()).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'unreadable',
    })
    const error = await wrongKey.tokens.getAccessToken().catch((e: unknown) => e)
    expect(isAppError(error, 'RECONNECT_REQUIRED')).toBe(true)
    wrongKey.close()
    const rightKey = await h.openCore()
    expect((await rightKey.auth.status()).state).toBe('connected')
  })

  it('fails closed when a stored ciphertext was tampered with', async () => {
    const core = await connected()
    const raw = core.database.sqlite
    const row = raw.prepare('SELECT refresh_token_ciphertext AS c FROM connection').get() as {
      c: Buffer
    }
    const at = row.c.length - 3
    row.c[at] = (row.c[at] ?? 0) ^ 0xff
    raw.prepare('UPDATE connection SET refresh_token_ciphertext = ?').run(row.c)
    core.close()
    const reopened = await h.openCore()
    expect(await reopened.auth.status()).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'unreadable',
    })
  })
})

describe('a tampered database', () => {
  it('refuses swapped token ciphertexts without sending either to Strava', async () => {
    const core = await connected()
    const raw = core.database.sqlite
    raw.exec(`UPDATE connection SET access_token_ciphertext = refresh_token_ciphertext,
                                    refresh_token_ciphertext = access_token_ciphertext`)
    core.close()
    const reopened = await h.openCore()
    expect(await reopened.auth.status()).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'unreadable',
    })
    const refreshesBefore = h.emulator.stats.tokenRefreshes
    await expect(reopened.api.get('/athlete')).rejects.toMatchObject({ code: 'RECONNECT_REQUIRED' })
    expect(h.emulator.stats.tokenRefreshes).toBe(refreshesBefore)
    expect(h.emulator.stats.apiRequests).toBe(0)
  })

  it('refuses the client secret moved into a token column', async () => {
    const core = await h.openCore({ environmentCredentials: {} })
    await core.credentials.save({
      clientId: h.emulator.clientId,
      clientSecret: h.emulator.clientSecret,
    })
    await core.auth.connect()
    core.database.sqlite.exec(
      'UPDATE connection SET refresh_token_ciphertext = (SELECT client_secret_ciphertext FROM credentials)',
    )
    core.close()
    const reopened = await h.openCore({ environmentCredentials: {} })
    expect((await reopened.auth.status()).state).toBe('reconnect_required')
  })
})
