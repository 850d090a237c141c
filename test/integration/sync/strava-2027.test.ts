import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import type { StravaEndpoints } from '../../../src/main/core/config/strava-endpoints'
import { fetchActivityNow } from '../../../src/main/core/library/fetch-on-open'
import { getActivityDetail } from '../../../src/main/core/library/activity-detail'
import { connectViaCli, statusJson } from '../../helpers/cli-run'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'
import { createRecordingFetch } from '../../helpers/recording-fetch'
import type { EmulatorOptions } from '../../strava-emulator'

let h: Harness | undefined
afterEach(() => h?.cleanup())

async function harness(emulator: EmulatorOptions = {}, simulatedTime = false) {
  h = await createHarness({ emulator: { activityCount: 12, seed: 3, ...emulator }, simulatedTime })
  return h
}

/** Strava's own hosts as the app chooses among them, here played by the emulator. */
function autoEndpoints(h: Harness, newHostExists: boolean): StravaEndpoints {
  const { emulator, clock } = h
  const nextFrom = clock.now() + (newHostExists ? -86_400_000 : 365 * 86_400_000)
  return {
    oauthOrigin: emulator.url,
    api: { kind: 'auto', legacy: emulator.legacyApiUrl, next: [emulator.apiUrl], nextFrom },
  }
}

async function cli(h: Harness, args: string[], env = h.env) {
  const io = captureIo(env)
  const code = await runCli(args, { ...io.io, clock: h.clock })
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe("Strava's 2027 API change", () => {
  it('connects, syncs and disconnects on split origins with the legacy path retired, tokens only in the header', async () => {
    const h = await harness({ legacyApi: 'retired-410', strictTokens: true })
    expect((await connectViaCli(h)).code).toBe(0)
    const sync = await cli(h, ['sync', '--json'])
    expect(sync.code).toBe(0)
    const summary = JSON.parse(sync.stdout) as {
      complete: boolean
      added: number
      requests: number
    }
    expect(summary).toMatchObject({ complete: true, added: 12 })
    expect(summary.requests).toBe(h.emulator.stats.apiRequests)
    expect((await cli(h, ['disconnect'])).code).toBe(0)
    expect(h.emulator.stats).toMatchObject({
      legacyApiRequests: 0,
      apiHostRequests: summary.requests,
      tokensOutsideHeader: 0,
      unauthorized: 0,
      revocations: 1,
      deauthorizations: 0,
    })
  })

  it('still works as before with only STRAVA_BASE_URL set: the legacy /api/v3 path on it', async () => {
    const h = await harness()
    const env = { ...h.env, STRAVA_API_BASE_URL: undefined }
    expect((await connectViaCli(h, [], {}, env)).code).toBe(0)
    const sync = await cli(h, ['sync', '--json'], env)
    expect(JSON.parse(sync.stdout)).toMatchObject({ complete: true, added: 12 })
    expect((await cli(h, ['disconnect'], env)).code).toBe(0)
    expect(h.emulator.stats.apiHostRequests).toBe(0)
    expect(h.emulator.stats.legacyApiRequests).toBe(h.emulator.stats.apiRequests)
    expect(await statusJson(env)).toMatchObject({ state: 'disconnected', activities: 12 })
  })

  it('sends the token only in the Authorization header through connect, sync, fetch-now and disconnect', async () => {
    const h = await harness({ strictTokens: true })
    const wire = createRecordingFetch()
    const core = await h.openCore({ fetch: wire.fetch })
    await core.auth.connect()
    await core.sync.run({ level: 'summaries' })
    const id = h.emulator.activities[0]?.id ?? 0
    expect((await fetchActivityNow(core, id))?.streams).not.toBeNull()
    await core.sync.run()
    expect((await core.auth.disconnect({ deleteData: false })).remoteRevoked).toBe(true)

    const secrets = h.emulator.issuedSecrets()
    expect(secrets.length).toBeGreaterThan(2)
    const carriers = new Set(['/oauth/token', '/oauth/revoke'])
    const api = wire.to(h.emulator.apiUrl)
    expect(api.length).toBeGreaterThan(24)
    for (const request of wire.requests) {
      const where = `${request.method} ${request.url.pathname}`
      for (const secret of secrets) expect(request.url.href, where).not.toContain(secret)
      if (!carriers.has(request.url.pathname)) {
        for (const secret of secrets) expect(request.body, where).not.toContain(secret)
      }
    }
    for (const request of api) {
      expect(request.headers.authorization, request.url.pathname).toMatch(/^Bearer \S+$/)
      expect(request.body).toBe('')
    }
    const revoke = wire.requests.find((r) => r.url.pathname === '/oauth/revoke')
    expect(revoke?.headers.authorization).toMatch(/^Basic /)
    expect(new URLSearchParams(revoke?.body).get('token_type_hint')).toBe('refresh_token')
    expect(h.emulator.stats.tokensOutsideHeader).toBe(0)
    expect(wire.to(h.emulator.legacyApiUrl)).toEqual([])
  })

  it('falls back to the legacy base while the new host is not there, remembers it, and spends nothing extra next time', async () => {
    const h = await harness()
    await h.emulator.setApiHost('down')
    const first = createRecordingFetch()
    const core = await h.openCore({
      fetch: first.fetch,
      endpoints: autoEndpoints(h, true),
    })
    await core.auth.connect()
    const summary = await core.sync.run()
    expect(summary).toMatchObject({ complete: true, added: 12 })
    // One refused attempt on the new host, everything else on the legacy base.
    expect(first.to(h.emulator.apiUrl)).toHaveLength(1)
    expect(summary.requests).toBe(h.emulator.stats.legacyApiRequests + 1)
    core.close()

    const second = createRecordingFetch()
    const again = await h.openCore({
      fetch: second.fetch,
      endpoints: autoEndpoints(h, true),
    })
    const before = h.emulator.stats.apiRequests
    expect(await again.sync.run()).toMatchObject({ complete: true, requests: 1 })
    expect(second.to(h.emulator.apiUrl)).toEqual([])
    expect(h.emulator.stats.apiRequests - before).toBe(1)
  })

  it('moves to the new host when the legacy base is retired, and stays there', async () => {
    const h = await harness()
    const first = await h.openCore({ endpoints: autoEndpoints(h, false) })
    await first.auth.connect()
    await first.sync.run({ level: 'summaries' })
    expect(h.emulator.stats).toMatchObject({ apiHostRequests: 0 })
    first.close()

    h.emulator.setLegacyApi('retired-404')
    const wire = createRecordingFetch()
    const moved = await h.openCore({
      fetch: wire.fetch,
      endpoints: autoEndpoints(h, false),
    })
    // Opening an activity: a 404 from a base not yet seen to work this run is checked first, so a
    // retired base can never make a living activity look deleted.
    const id = h.emulator.activities[0]?.id ?? 0
    const detail = await fetchActivityNow(moved, id)
    expect(detail?.deletedAt).toBeNull()
    expect(detail?.streams).not.toBeNull()
    expect(wire.to(h.emulator.legacyApiUrl).map((r) => r.url.pathname)).toEqual([
      `/api/v3/activities/${id}`,
      '/api/v3/athlete',
    ])
    expect(await moved.sync.run()).toMatchObject({ complete: true, deleted: 0 })
    moved.close()

    const third = createRecordingFetch()
    const settled = await h.openCore({
      fetch: third.fetch,
      endpoints: autoEndpoints(h, false),
    })
    expect(await settled.sync.run({ full: true })).toMatchObject({ complete: true, deleted: 0 })
    expect(third.to(h.emulator.legacyApiUrl)).toEqual([])
    expect(getActivityDetail(settled.db, id)?.deletedAt).toBeNull()
  })

  it('does not switch hosts for a 429 or a 503 on the new host', async () => {
    const h = await harness({}, true)
    await h.connect()
    const core = await h.openCore({ endpoints: autoEndpoints(h, true) })
    h.emulator.faults.push({
      path: /\/athlete\/activities$/,
      kind: 'server-error',
      status: 503,
      times: 2,
    })
    h.emulator.faults.push({ path: /\/activities\/\d+$/, kind: 'rate-limited', times: 1 })
    const summary = await core.sync.run()
    expect(summary).toMatchObject({ complete: true, added: 12, rateLimited: 1 })
    expect(h.emulator.stats.legacyApiRequests).toBe(0)
    expect(summary.requests).toBe(h.emulator.stats.apiHostRequests)
  })

  it('revokes with oauth/revoke, falls back to deauthorize only on 404, and disconnects locally when both are gone', async () => {
    const h = await harness({ revokeAvailable: false, strictTokens: true })
    const core = await h.openCore()
    await core.auth.connect()
    expect(await core.auth.disconnect({ deleteData: false })).toEqual({
      remoteRevoked: true,
      dataDeleted: false,
    })
    expect(h.emulator.stats).toMatchObject({ revocations: 0, deauthorizations: 1 })

    h.emulator.setDeauthorizeRetired(true)
    await core.auth.connect()
    const out = await cli(h, ['disconnect'])
    expect(out.code).toBe(0)
    expect(out.stderr).toMatch(/Disconnected locally/)
    expect(h.emulator.stats).toMatchObject({ revocations: 0, deauthorizations: 1 })
    expect(await statusJson(h.env)).toMatchObject({ state: 'disconnected' })
    expect(h.emulator.stats.tokensOutsideHeader).toBe(0)
  })
})

describe('trailkeep sync --summaries-only', () => {
  it('sends list requests only, leaves details and streams queued, and a plain sync completes them', async () => {
    const h = await harness({ activityCount: 450 }, true)
    await h.connect()
    const quick = await cli(h, ['sync', '--summaries-only', '--json'])
    expect(JSON.parse(quick.stdout)).toEqual({
      complete: true,
      added: 450,
      updated: 0,
      deleted: 0,
      requests: 4,
      rateLimited: 0,
      resumeAfter: null,
    })
    expect(h.emulator.stats.apiRequestsByRoute).toMatchObject({
      'activities-list': 4,
      'activity-detail': 0,
      'activity-streams': 0,
    })
    expect(quick.stderr).toMatch(
      /Still to fetch from Strava: details of 450 activities, streams of 4\d\d activities/,
    )
    expect((await cli(h, ['status'])).stdout).toMatch(/Still to fetch from Strava: details of 450/)

    const full = await cli(h, ['sync', '--json'])
    expect(JSON.parse(full.stdout)).toMatchObject({ complete: true, added: 0 })
    expect((await cli(h, ['status'])).stdout).toContain('Details and streams: all fetched')
    expect(h.emulator.stats.apiRequestsByRoute['activity-detail']).toBe(450)
  })
})
