import { afterEach, describe, expect, it } from 'vitest'
import { countLiveActivities } from '../../../src/main/core/db/library-repo'
import { createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

async function library(
  activityCount: number,
  options: { serverClockSkewMs?: number; read15?: number } = {},
) {
  h = await createHarness({
    simulatedTime: true,
    serverClockSkewMs: options.serverClockSkewMs,
    emulator: {
      activityCount,
      seed: 3,
      rateLimits: options.read15 ? { read15: options.read15 } : undefined,
    },
  })
  await h.connect()
  return h
}

/** Runs sync until complete (advancing simulated time past postponed items), at most `runs` times. */
async function syncUntilComplete(harness: Harness, runs = 4) {
  const core = await harness.openCore({ requestTimeoutMs: 300 })
  try {
    for (let i = 0; i < runs; i++) {
      const summary = await core.sync.run()
      if (summary.complete) return summary
      harness.clock.advance(
        Math.max(0, Date.parse(summary.resumeAfter ?? '') - harness.clock.now()) + 1000,
      )
    }
    throw new Error('sync never completed')
  } finally {
    core.close()
  }
}

describe('Strava misbehaving', () => {
  it('survives huge bodies, wrong content types, cut connections and hung requests', async () => {
    const h = await library(40)
    h.emulator.faults.push(
      { path: /\/athlete\/activities$/, kind: 'huge-body', times: 1 },
      { path: /\/athlete\/activities$/, kind: 'wrong-content-type', times: 1 },
      { path: /\/activities\/\d+$/, kind: 'reset', times: 3 },
      { path: /\/streams$/, kind: 'timeout', times: 2 },
      { path: /\/activities\/\d+$/, kind: 'wrong-content-type', times: 1 },
    )
    const summary = await syncUntilComplete(h)
    expect(summary.complete).toBe(true)
    const check = await h.openCore()
    expect(countLiveActivities(check.db)).toBe(40)
    expect(
      check.database.sqlite
        .prepare("SELECT COUNT(*) FROM activities WHERE streams_state = 'pending'")
        .pluck()
        .get(),
    ).toBe(0)
    expect(h.emulator.faults).toEqual([])
  })

  it('stops a 429 storm with a clear reason, keeps everything, and finishes later', async () => {
    const h = await library(30)
    const core = await h.openCore()
    await core.sync.run({ level: 'summaries' })
    h.emulator.faults.push({ path: /\/activities\/\d+$/, kind: 'rate-limited', times: 50 })
    const error = await core.sync.run().catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/keeps refusing/),
    })
    expect(countLiveActivities(core.db)).toBe(30)
    h.emulator.faults.length = 0
    expect((await core.sync.run()).complete).toBe(true)
  })

  it('stops with a clear sentence when the API application is inactive, keeping the backup', async () => {
    const h = await library(10)
    const core = await h.openCore()
    await core.sync.run({ level: 'summaries' })
    h.emulator.faults.push({
      path: /\/athlete\/activities$/,
      kind: 'server-error',
      status: 403,
      times: 5,
    })
    await expect(core.sync.run()).rejects.toMatchObject({
      code: 'STRAVA_HTTP',
      message: expect.stringMatching(/backup is kept/),
    })
    expect(countLiveActivities(core.db)).toBe(10)
  })

  for (const [label, skew] of [
    ['behind', 7 * 60 * 1000],
    ['ahead of', -7 * 60 * 1000],
  ] as const) {
    it(`completes when this machine's clock is 7 minutes ${label} Strava's`, async () => {
      const h = await library(120, { serverClockSkewMs: skew, read15: 40 })
      const summary = await syncUntilComplete(h)
      expect(summary.complete).toBe(true)
      // Headers keep the count right; a skewed window costs at most one 429 per window.
      expect(h.emulator.stats.rateLimited).toBeLessThanOrEqual(Math.ceil(summary.requests / 40))
    })
  }
})
