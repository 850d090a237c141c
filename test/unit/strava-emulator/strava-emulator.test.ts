import { afterEach, describe, expect, it } from 'vitest'
import { decodePolyline, generateDataset, type StravaEmulator } from '../../strava-emulator/index'
import {
  api,
  authorizeUrl,
  closeEmulators,
  connect,
  fakeClock,
  postForm,
  REDIRECT,
  start,
  tokenRequest,
  type TokenResponse,
} from '../../helpers/emulator-client'

afterEach(closeEmulators)

async function listAll(emu: StravaEmulator, token: string, query = '') {
  const res = await api(emu, `/athlete/activities?per_page=200${query}`, token)
  return (await res.json()) as { id: number; private: boolean; start_date: string }[]
}

describe('oauth', () => {
  it('runs the browser flow: page, decision, code exchange, API call', async () => {
    const emu = await start()
    const page = await fetch(authorizeUrl(emu, 'read,activity:read_all'))
    const html = await page.text()
    expect(html).toContain('Authorize Trailkeep to connect to Strava')
    expect(html).toMatch(/<button[^>]*>Authorize<\/button>/)
    expect(html).toMatch(/<button[^>]*>Cancel<\/button>/)
    const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1] ?? ''
    const body = new URLSearchParams({ request_id: requestId, decision: 'authorize' })
    body.append('scope', 'activity:read_all')
    const decision = await fetch(`${emu.url}/oauth/authorize/decision`, {
      method: 'POST',
      body,
      redirect: 'manual',
    })
    expect(decision.status).toBe(302)
    const location = new URL(decision.headers.get('location') ?? '')
    expect(location.origin + location.pathname).toBe(REDIRECT)
    expect(location.searchParams.get('state')).toBe('st-1')
    expect(location.searchParams.get('scope')).toBe('read,activity:read_all')
    const code = location.searchParams.get('code') ?? ''
    const res = await tokenRequest(emu, { code, grant_type: 'authorization_code' })
    const tokens = (await res.json()) as TokenResponse
    expect(tokens.access_token).toMatch(/^[A-Za-z0-9_-]{40}$/)
    expect(tokens.refresh_token).toMatch(/^[A-Za-z0-9_-]{40}$/)
    expect(tokens.expires_in).toBe(21600)
    expect(tokens.athlete).toMatchObject({ id: 134815, firstname: 'Zoë' })
    const athlete = await api(emu, '/athlete', tokens.access_token)
    expect(athlete.status).toBe(200)
    expect(await athlete.json()).toMatchObject({ lastname: 'Ångström-Nakamura' })
    expect(emu.stats.tokenExchanges).toBe(1)
  })

  it('rejects bad authorize requests', async () => {
    const emu = await start()
    const bad: Record<string, string>[] = [
      { redirect_uri: 'https://127.0.0.1/cb' },
      { redirect_uri: 'http://evil.example/cb' },
      { client_id: '9999' },
      { response_type: 'token' },
      { scope: 'read,everything' },
    ]
    for (const extra of bad) {
      const res = await fetch(authorizeUrl(emu, 'read', extra))
      expect(res.status, JSON.stringify(extra)).toBe(400)
      expect(() => emu.authorize(authorizeUrl(emu, 'read', extra))).toThrow()
    }
  })

  it('reports a denial and unticked scopes', async () => {
    const emu = await start()
    const denied = new URL(
      emu.authorize(authorizeUrl(emu, 'read,activity:read_all'), { deny: true }),
    )
    expect(denied.searchParams.get('error')).toBe('access_denied')
    expect(denied.searchParams.get('code')).toBeNull()
    const url = authorizeUrl(emu, 'read,activity:read_all')
    // Unticking private activities keeps activity:read; unticking everything leaves read.
    const partial = new URL(emu.authorize(url, { grantedScope: 'activity:read' }))
    expect(partial.searchParams.get('scope')).toBe('read,activity:read')
    const none = new URL(
      emu.authorize(authorizeUrl(emu, 'read,activity:read_all'), { grantedScope: '' }),
    )
    expect(none.searchParams.get('scope')).toBe('read')
  })

  it('rejects a replayed code, an expired code and a wrong secret', async () => {
    const clock = fakeClock()
    const emu = await start({ clock })
    const codeOf = () => new URL(emu.authorize(authorizeUrl(emu, 'read'))).searchParams.get('code')
    const code = codeOf() ?? ''
    expect((await tokenRequest(emu, { code, grant_type: 'authorization_code' })).status).toBe(200)
    const replay = await tokenRequest(emu, { code, grant_type: 'authorization_code' })
    expect(replay.status).toBe(400)
    expect(await replay.json()).toEqual({
      message: 'Bad Request',
      errors: [{ resource: 'AuthorizationCode', field: 'code', code: 'invalid' }],
    })
    const late = codeOf() ?? ''
    clock.advance(601)
    expect((await tokenRequest(emu, { code: late, grant_type: 'authorization_code' })).status).toBe(
      400,
    )
    const wrong = await tokenRequest(emu, { client_secret: 'nope', code: codeOf() ?? '' })
    expect(wrong.status).toBe(401)
  })

  it('keeps the access token while more than 1 h is left and rotates refresh tokens', async () => {
    const clock = fakeClock()
    const emu = await start({ clock })
    const first = await connect(emu)
    const refresh = (token: string) =>
      tokenRequest(emu, { grant_type: 'refresh_token', refresh_token: token })
    const second = (await (await refresh(first.refresh_token)).json()) as TokenResponse
    expect(second.access_token).toBe(first.access_token)
    expect(second.expires_at).toBe(first.expires_at)
    expect(second.refresh_token).not.toBe(first.refresh_token)
    expect(second).not.toHaveProperty('athlete')
    const reuse = await refresh(first.refresh_token)
    expect(reuse.status).toBe(400)
    expect(emu.stats.refreshTokenReuse).toBe(1)
    expect((await refresh('unknown-token')).status).toBe(400)
    expect(emu.stats).toMatchObject({ refreshTokenReuse: 1, invalidRefresh: 2, tokenRefreshes: 3 })
    clock.advance(5 * 3600 + 1)
    const third = (await (await refresh(second.refresh_token)).json()) as TokenResponse
    expect(third.access_token).not.toBe(first.access_token)
    expect(third.expires_at).toBe(Math.floor(clock.ms / 1000) + 21600)
    expect((await api(emu, '/athlete', third.access_token)).status).toBe(200)
  })

  it('keeps the refresh token with rotation never', async () => {
    const emu = await start({ rotation: 'never' })
    const first = await connect(emu)
    const res = await tokenRequest(emu, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    })
    expect(((await res.json()) as TokenResponse).refresh_token).toBe(first.refresh_token)
  })

  it('deauthorize, revokeAll and expireAccessTokens kill tokens', async () => {
    const emu = await start()
    const tokens = await connect(emu)
    const res = await postForm(`${emu.url}/oauth/deauthorize`, {
      access_token: tokens.access_token,
    })
    expect(await res.json()).toEqual({ access_token: tokens.access_token })
    expect((await api(emu, '/athlete', tokens.access_token)).status).toBe(401)
    const refresh = { grant_type: 'refresh_token', refresh_token: tokens.refresh_token }
    expect((await tokenRequest(emu, refresh)).status).toBe(400)
    expect(emu.stats.deauthorizations).toBe(1)
    const again = await postForm(`${emu.url}/oauth/deauthorize`, {
      access_token: tokens.access_token,
    })
    expect(again.status).toBe(401)
    const other = await connect(emu)
    emu.expireAccessTokens()
    const expired = await api(emu, '/athlete', other.access_token)
    expect(expired.status).toBe(401)
    expect(await expired.json()).toMatchObject({ message: 'Authorization Error' })
    emu.revokeAll()
    expect(
      (await tokenRequest(emu, { ...refresh, refresh_token: other.refresh_token })).status,
    ).toBe(400)
  })
})

describe('rate limits', () => {
  it('answers 429 over the limit, counts rejected requests and resets at the window', async () => {
    const clock = fakeClock()
    const emu = await start({ clock, rateLimits: { read15: 3 } })
    const { access_token: token } = await connect(emu)
    for (let i = 0; i < 3; i++) expect((await api(emu, '/athlete', token)).status).toBe(200)
    const limited = await api(emu, '/athlete', token)
    expect(limited.status).toBe(429)
    expect(await limited.json()).toMatchObject({ message: 'Rate Limit Exceeded' })
    expect(limited.headers.get('x-ratelimit-limit')).toBe('200,2000')
    expect(limited.headers.get('x-ratelimit-usage')).toBe('4,4')
    expect(limited.headers.get('x-readratelimit-limit')).toBe('3,1000')
    expect(limited.headers.get('x-readratelimit-usage')).toBe('4,4')
    clock.advance(60)
    const rejected = await api(emu, '/athlete', 'bad-token')
    expect(rejected.status).toBe(401)
    expect(rejected.headers.get('x-ratelimit-usage')).toBe('1,5')
    const next = await api(emu, '/athlete', token)
    expect(next.status).toBe(200)
    expect(next.headers.get('x-readratelimit-usage')).toBe('2,6')
    clock.ms = Date.UTC(2026, 10, 21, 0, 0, 0)
    const nextDay = await api(emu, '/athlete', token)
    expect(nextDay.status).toBe(401) // the 6 h token has expired by midnight
    expect(nextDay.headers.get('x-ratelimit-usage')).toBe('1,1')
    expect(emu.stats).toMatchObject({ rateLimited: 1, unauthorized: 2, apiRequests: 7 })
  })

  it('takes usage from other devices into account', async () => {
    const emu = await start({ clock: fakeClock() })
    const { access_token: token } = await connect(emu)
    emu.setRateLimitUsage({ readDaily: 1000 })
    const res = await api(emu, '/athlete', token)
    expect(res.status).toBe(429)
    expect(res.headers.get('x-readratelimit-usage')).toBe('1,1001')
  })
})

describe('activities', () => {
  it('pages 200 at a time, newest first, with an empty page at the end', async () => {
    const emu = await start({ activityCount: 450 })
    const { access_token: token } = await connect(emu)
    const pages = []
    for (let page = 1; page <= 4; page++) {
      pages.push(await listAll(emu, token, `&page=${page}`))
    }
    expect(pages.map((p) => p.length)).toEqual([200, 200, 50, 0])
    const ids = pages.flat().map((a) => a.id)
    expect(ids.every((id) => id > 2 ** 32 && Number.isSafeInteger(id))).toBe(true)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    const capped = await api(emu, '/athlete/activities?per_page=500', token)
    expect(((await capped.json()) as unknown[]).length).toBe(200)
    const defaulted = await api(emu, '/athlete/activities', token)
    expect(((await defaulted.json()) as unknown[]).length).toBe(30)
    const pivot = Date.parse(emu.activities[10]?.start_date ?? '') / 1000
    expect((await listAll(emu, token, `&before=${pivot}`))[0]?.id).toBe(emu.activities[11]?.id)
    expect((await listAll(emu, token, `&after=${pivot}`)).length).toBe(10)
  })

  it('hides private activities without activity:read_all and needs an activity scope', async () => {
    const emu = await start()
    const hidden = emu.activities.filter((a) => a.private)
    expect(hidden.length).toBeGreaterThan(0)
    const { access_token: readOnly } = await connect(emu, 'read,activity:read')
    const visible = await listAll(emu, readOnly)
    expect(visible.length).toBe(60 - hidden.length)
    expect(visible.some((a) => a.private)).toBe(false)
    expect((await api(emu, `/activities/${hidden[0]?.id}`, readOnly)).status).toBe(404)
    const { access_token: all } = await connect(emu)
    expect((await listAll(emu, all)).length).toBe(60)
    const { access_token: bare } = await connect(emu, 'read')
    const denied = await api(emu, '/athlete/activities', bare)
    expect(denied.status).toBe(401)
    expect(await denied.json()).toMatchObject({ errors: [{ field: 'activity:read_permission' }] })
  })

  it('serves detail, streams that match the polyline, and 404 for manual streams', async () => {
    const emu = await start()
    const { access_token: token } = await connect(emu)
    const gps = emu.activities.find((a) => !a.manual && a.map.summary_polyline)
    const detailRes = await api(emu, `/activities/${gps?.id}`, token)
    const detail = (await detailRes.json()) as { resource_state: number; map: { polyline: string } }
    expect(detail.resource_state).toBe(3)
    const route = decodePolyline(detail.map.polyline)
    const keys = 'latlng,heartrate,altitude'
    const res = await api(
      emu,
      `/activities/${gps?.id}/streams?keys=${keys}&key_by_type=true`,
      token,
    )
    type Series = { data: number[]; original_size: number }
    const streams = (await res.json()) as Record<string, Series & { data: unknown[] }>
    expect(Object.keys(streams)).toEqual(expect.arrayContaining(['time', 'distance', 'latlng']))
    expect(streams.velocity_smooth).toBeUndefined()
    const distance = (streams.distance?.data ?? []) as number[]
    expect(distance.every((d, i) => i === 0 || d >= (distance[i - 1] ?? 0))).toBe(true)
    expect(distance[distance.length - 1]).toBe(gps?.distance)
    const [lat, lng] = (streams.latlng?.data[0] ?? []) as number[]
    expect(Math.abs((lat ?? 0) - (route[0]?.[0] ?? 0))).toBeLessThan(1e-4)
    expect(Math.abs((lng ?? 0) - (route[0]?.[1] ?? 0))).toBeLessThan(1e-4)
    const array = await api(emu, `/activities/${gps?.id}/streams?keys=time`, token)
    expect(((await array.json()) as { type: string }[]).map((s) => s.type)).toEqual([
      'time',
      'distance',
    ])
    const manual = emu.activities.find((a) => a.manual)
    const none = await api(emu, `/activities/${manual?.id}/streams?keys=time`, token)
    expect(none.status).toBe(404)
    expect(await none.json()).toMatchObject({ message: 'Record Not Found' })
    const indoor = emu.activities.find((a) => a.sport_type === 'VirtualRide')
    const indoorRes = await api(
      emu,
      `/activities/${indoor?.id}/streams?keys=latlng,watts&key_by_type=true`,
      token,
    )
    expect(Object.keys(await indoorRes.json()).sort()).toEqual(['distance', 'time', 'watts'])
    expect((await api(emu, '/activities/123', token)).status).toBe(404)
    expect((await api(emu, '/nothing-here', token)).status).toBe(404)
  })

  it('reflects edits, deletions and new activities', async () => {
    const emu = await start()
    const { access_token: token } = await connect(emu)
    const [first, second] = emu.activities
    emu.editActivity(first?.id ?? 0, { name: 'Renamed 🏃' })
    emu.deleteActivity(second?.id ?? 0)
    const added = emu.addActivity({ name: 'Fresh' })
    const list = await listAll(emu, token)
    expect(list[0]?.id).toBe(added.id)
    expect(added.id).toBeGreaterThan(first?.id ?? 0)
    expect(list.find((a) => a.id === first?.id)).toMatchObject({ name: 'Renamed 🏃' })
    expect((await api(emu, `/activities/${second?.id}`, token)).status).toBe(404)
  })
})

describe('faults', () => {
  it('injects server errors, malformed JSON, resets, timeouts and 429s', async () => {
    const emu = await start()
    const { access_token: token } = await connect(emu)
    emu.faults.push({ path: /\/athlete$/, kind: 'server-error', times: 1, status: 503 })
    expect((await api(emu, '/athlete', token)).status).toBe(503)
    expect((await api(emu, '/athlete', token)).status).toBe(200)
    expect(emu.faults).toHaveLength(0)
    emu.faults.push({ path: /\/athlete$/, kind: 'malformed-json', times: 1 })
    await expect((await api(emu, '/athlete', token)).json()).rejects.toThrow()
    emu.faults.push({ path: /\/athlete$/, kind: 'reset', times: 1 })
    await expect(api(emu, '/athlete', token)).rejects.toThrow()
    emu.faults.push({ path: /\/athlete$/, kind: 'rate-limited', times: 1 })
    expect((await api(emu, '/athlete', token)).status).toBe(429)
    emu.faults.push({ path: /\/athlete$/, kind: 'timeout', times: 2 })
    await expect(api(emu, '/athlete', token, AbortSignal.timeout(200))).rejects.toThrow()
    const pending = api(emu, '/athlete', token).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await emu.close()
    expect(await pending).toBeInstanceOf(Error)
  })
})

describe('generateDataset', () => {
  it('is deterministic and realistic', () => {
    const now = Date.UTC(2026, 10, 20)
    const a = generateDataset(7, 2000, now)
    expect(generateDataset(7, 2000, now)).toEqual(a)
    expect(generateDataset(8, 2000, now)).not.toEqual(a)
    const share = (n: number) => n / a.length
    expect(share(a.filter((x) => x.manual).length)).toBeGreaterThan(0.05)
    expect(share(a.filter((x) => x.manual).length)).toBeLessThan(0.12)
    expect(share(a.filter((x) => x.private).length)).toBeGreaterThan(0.03)
    expect(share(a.filter((x) => x.private).length)).toBeLessThan(0.08)
    expect(a.map((x) => x.name)).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(1)>', 'ركض صباحي']),
    )
    expect(a.some((x) => x.name.length === 255)).toBe(true)
    expect(a.every((x) => Date.parse(x.start_date) < now)).toBe(true)
    expect(a.filter((x) => x.manual).every((x) => x.map.summary_polyline === null)).toBe(true)
  })
})
