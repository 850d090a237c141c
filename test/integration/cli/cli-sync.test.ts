import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

async function connectedLibrary(
  activityCount: number,
  rateLimits?: { read15?: number },
  latencyMs = 0,
) {
  h = await createHarness({
    simulatedTime: true,
    emulator: { activityCount, seed: 5, rateLimits, latencyMs },
  })
  await h.connect()
  return h
}

describe('trailkeep sync', () => {
  it('prints the JSON summary from the contract and progress on stderr', async () => {
    const h = await connectedLibrary(30)
    const cli = captureIo(h.env)
    expect(await runCli(['sync', '--json'], { ...cli.io, clock: h.clock })).toBe(0)
    const summary = JSON.parse(cli.stdout()) as Record<string, unknown>
    expect(Object.keys(summary).sort()).toEqual([
      'added',
      'complete',
      'deleted',
      'rateLimited',
      'requests',
      'resumeAfter',
      'updated',
    ])
    expect(summary).toEqual({
      complete: true,
      added: 30,
      updated: 0,
      deleted: 0,
      requests: 2 + 60,
      rateLimited: 0,
      resumeAfter: null,
    })
    expect(cli.stderr()).toMatch(/\[listing\] 0 listed\n\[fetching\] 30 listed/)
    expect(cli.stderr()).toMatch(/\[done\] 30 listed, details 30\/30, streams 30\/30/)
    expect(cli.stderr()).toMatch(/Sync complete: 30 new/)

    const status = captureIo(h.env)
    expect(await runCli(['status', '--json'], status.io)).toBe(0)
    expect(JSON.parse(status.stdout())).toMatchObject({
      state: 'connected',
      activities: 30,
      lastSyncAt: expect.stringMatching(/Z$/),
    })
    const text = captureIo(h.env)
    expect(await runCli(['status'], text.io)).toBe(0)
    expect(text.stdout()).toContain('Activities backed up: 30\nLast sync: ')
    expect(text.stdout()).toContain('Details and streams: all fetched\n')
  })

  it('with --no-wait stops cleanly at the rate limit, exit 0, and says when to resume', async () => {
    const h = await connectedLibrary(40, { read15: 20 })
    const cli = captureIo(h.env)
    expect(
      await runCli(['sync', '--json', '--no-wait', '--no-streams'], { ...cli.io, clock: h.clock }),
    ).toBe(0)
    const summary = JSON.parse(cli.stdout()) as {
      complete: boolean
      resumeAfter: string
      rateLimited: number
    }
    expect(summary.complete).toBe(false)
    expect(Date.parse(summary.resumeAfter)).toBeGreaterThan(h.clock.now())
    expect(summary.rateLimited).toBe(0)
    expect(cli.stderr()).toMatch(/Sync incomplete; run it again after/)

    // 20 requests in the window: two list pages, 15 details, and 3 kept for the user.
    const status = captureIo(h.env)
    expect(await runCli(['status'], status.io)).toBe(0)
    expect(status.stdout()).toContain(
      'Still to fetch from Strava: details of 25 activities, streams of 40 activities\n',
    )
  })

  it('announces rate-limit waits with the time they end', async () => {
    const h = await connectedLibrary(15, { read15: 10 })
    const cli = captureIo(h.env)
    expect(await runCli(['sync'], { ...cli.io, clock: h.clock })).toBe(0)
    expect(cli.stderr()).toMatch(
      /Waiting for Strava's rate limit until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/,
    )
  })

  it('refuses a second sync while one runs, touching nothing', async () => {
    // Slow answers keep the first sync running while the command line opens the library.
    const h = await connectedLibrary(20, undefined, 60)
    const core = await h.openCore()
    const running = core.sync.run()
    const cli = captureIo(h.env)
    expect(await runCli(['sync'], { ...cli.io, clock: h.clock })).toBe(1)
    expect(cli.stderr()).toBe(
      'Another sync is already running (in the app or another trailkeep process); try again when it is done.\n',
    )
    // status works while the sync runs.
    const status = captureIo(h.env)
    expect(await runCli(['status', '--json'], status.io)).toBe(0)
    expect((await running).complete).toBe(true)
  })
})
