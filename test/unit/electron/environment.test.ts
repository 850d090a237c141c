import { beforeEach, describe, expect, it, vi } from 'vitest'

/** The recording stand-in for electron: only `app.isPackaged` matters here. */
const fakeApp = vi.hoisted(() => ({ isPackaged: false }))
vi.mock('electron', () => ({ app: fakeApp }))

const { takeEnvironmentOverrides } = await import('../../../src/main/electron/environment')

/** What a program of the same user could start the app with. */
function hostileEnvironment(): NodeJS.ProcessEnv {
  return {
    PATH: '/usr/bin',
    DISPLAY: ':0',
    STRAVA_BASE_URL: 'http://127.0.0.1:6666',
    STRAVA_API_BASE_URL: 'http://127.0.0.1:6667',
    STRAVA_CLIENT_ID: '99999',
    STRAVA_CLIENT_SECRET: 'attacker-chosen-secret',
    TRAILKEEP_PASSPHRASE: 'passphrase-for-the-cli',
  }
}

beforeEach(() => void (fakeApp.isPackaged = false))

describe('the environment of the Electron app', () => {
  it('is ignored when packaged: Strava hosts and credentials come only from the app itself', () => {
    fakeApp.isPackaged = true
    const overrides = takeEnvironmentOverrides(hostileEnvironment())
    expect(overrides.endpoints.oauthOrigin).toBe('https://www.strava.com')
    expect(overrides.endpoints.api).toMatchObject({
      kind: 'auto',
      legacy: 'https://www.strava.com/api/v3',
    })
    expect(overrides.credentials).toEqual({ clientId: undefined, clientSecret: undefined })
  })

  it('points an unpackaged app (development, tests, the demo) wherever the environment says', () => {
    const overrides = takeEnvironmentOverrides(hostileEnvironment())
    expect(overrides.endpoints).toEqual({
      oauthOrigin: 'http://127.0.0.1:6666',
      api: { kind: 'fixed', base: 'http://127.0.0.1:6667' },
    })
    expect(overrides.credentials).toEqual({
      clientId: '99999',
      clientSecret: 'attacker-chosen-secret',
    })
  })

  it("removes Trailkeep's variables from the process once read, so the browser never inherits them", () => {
    for (const packaged of [true, false]) {
      fakeApp.isPackaged = packaged
      const env = hostileEnvironment()
      takeEnvironmentOverrides(env)
      expect(env, String(packaged)).toEqual({ PATH: '/usr/bin', DISPLAY: ':0' })
    }
  })
})
