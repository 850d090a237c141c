import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAppError } from '../../../src/main/core/errors'
import { createStravaEmulator } from '../../strava-emulator'
import { createFakeBrowser, createHarness, type Harness } from '../../helpers/harness'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(isAppError(error) ? error.code : error).toBe(code)
}

describe('connecting through the browser', () => {
  it('connects, stores the athlete and survives a restart', async () => {
    const browser = createFakeBrowser(h.emulator)
    const core = await h.openCore({ openExternal: browser.openExternal })
    const result = await core.auth.connect()
    expect(result.status).toMatchObject({
      state: 'connected',
      athlete: { id: 134815, firstname: 'Zoë', lastname: 'Ångström-Nakamura' },
      privateActivitiesExcluded: false,
      tokenProtection: { kind: 'passphrase' },
    })
    expect(browser.visits[0]?.callbackStatus).toBe(200)
    const authorize = new URL(browser.visits[0]?.authorizeUrl ?? '')
    expect(authorize.searchParams.get('scope')).toBe('read,activity:read_all')
    expect(authorize.searchParams.get('redirect_uri')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/callback$/,
    )
    expect(authorize.searchParams.get('state')?.length).toBeGreaterThanOrEqual(40)
    core.close()

    const reopened = await h.openCore()
    expect((await reopened.auth.status()).state).toBe('connected')
    expect(await reopened.tokens.getAccessToken()).toMatch(/.{20,}/)
  })

  it('reports a denied consent and stays disconnected', async () => {
    const core = await h.openCore({
      openExternal: createFakeBrowser(h.emulator, { deny: true }).openExternal,
    })
    await expectCode(core.auth.connect(), 'ACCESS_DENIED')
    expect((await core.auth.status()).state).toBe('disconnected')
    expect(h.emulator.stats.tokenExchanges).toBe(0)
  })

  it('refuses a grant without activity access before exchanging the code', async () => {
    const browser = createFakeBrowser(h.emulator, { grantedScope: 'read' })
    const core = await h.openCore({ openExternal: browser.openExternal })
    await expectCode(core.auth.connect(), 'SCOPE_MISSING')
    expect(h.emulator.stats.tokenExchanges).toBe(0)
    expect((await core.auth.status()).state).toBe('disconnected')
  })

  it('connects with public activities only and says so', async () => {
    const browser = createFakeBrowser(h.emulator, { grantedScope: 'read,activity:read' })
    const core = await h.openCore({ openExternal: browser.openExternal })
    const { status } = await core.auth.connect()
    expect(status).toMatchObject({ state: 'connected', privateActivitiesExcluded: true })
  })

  it('times out when nobody approves, and can be cancelled', async () => {
    const idle = createFakeBrowser(h.emulator, { neverAnswer: true })
    const core = await h.openCore({ openExternal: idle.openExternal })
    await expectCode(core.auth.connect({ timeoutMs: 50 }), 'CONNECT_TIMEOUT')
    const waiting = core.auth.connect({ timeoutMs: 60_000 })
    await expectCode(core.auth.connect(), 'CONNECT_IN_PROGRESS')
    expect((await core.auth.status()).connecting).toBe(true)
    expect(core.auth.cancelConnect()).toBe(true)
    await expectCode(waiting, 'CONNECT_CANCELLED')
    expect((await core.auth.status()).connecting).toBe(false)
  })

  it('says at once that Strava cannot be reached, opening no browser and leaving nothing waiting', async () => {
    const offline = await createStravaEmulator()
    await offline.close()
    const opened: string[] = []
    const core = await h.openCore({
      endpoints: { oauthOrigin: offline.url, api: { kind: 'fixed', base: offline.apiUrl } },
      openExternal: async (url) => {
        opened.push(url)
        // Without the check this connect would wait for the browser: end it so the test fails fast.
        core.auth.cancelConnect()
      },
    })
    const failure = await core.auth.connect({ timeoutMs: 300_000 }).catch((e: unknown) => e)
    expect(failure).toMatchObject({
      code: 'NETWORK',
      message: 'Could not reach Strava. Check your internet connection and try again.',
    })
    expect(opened).toEqual([])
    expect(await core.auth.status()).toMatchObject({ state: 'disconnected', connecting: false })
    expect(core.auth.cancelConnect()).toBe(false)
  })

  it('ignores a forged callback and completes with the real one', async () => {
    let forgedStatus = 0
    const real = createFakeBrowser(h.emulator)
    const core = await h.openCore({
      openExternal: async (url) => {
        const redirect = new URL(new URL(url).searchParams.get('redirect_uri') ?? '')
        redirect.searchParams.set('code', 'attacker-code')
        redirect.searchParams.set('state', 'attacker-state')
        redirect.searchParams.set('scope', 'read,activity:read_all')
        forgedStatus = (await fetch(redirect)).status
        await real.openExternal(url)
      },
    })
    const { status } = await core.auth.connect()
    expect(forgedStatus).toBe(400)
    expect(status.state).toBe('connected')
    expect(h.emulator.stats.tokenExchanges).toBe(1)
  })

  it('says when already connected, and re-authorizes only with force', async () => {
    const core = await h.openCore()
    await core.auth.connect()
    expect((await core.auth.connect()).alreadyConnected).toBe(true)
    expect(h.emulator.stats.tokenExchanges).toBe(1)
    expect((await core.auth.connect({ force: true })).alreadyConnected).toBe(false)
    expect(h.emulator.stats.tokenExchanges).toBe(2)
  })

  it('explains wrong client credentials', async () => {
    const core = await h.openCore({
      environmentCredentials: { clientId: h.emulator.clientId, clientSecret: 'wrong-secret-value' },
    })
    await expectCode(core.auth.connect(), 'INVALID_CREDENTIALS')
  })
})
