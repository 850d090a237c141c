import { afterEach, describe, expect, it } from 'vitest'
import type { SyncProgressDto } from '../../../src/shared/dto'
import { countLiveActivities } from '../../../src/main/core/db/library-repo'
import { readStreams } from '../../../src/main/core/db/activities-repo'
import { createHarness, type Harness } from '../../helpers/harness'
import { toDetail, toSummary } from '../../strava-emulator/representation'

let h: Harness | undefined
afterEach(() => h?.cleanup())

async function library(activityCount: number, rateLimits?: { read15?: number; readDay?: number }) {
  h = await createHarness({
    simulatedTime: true,
    emulator: { activityCount, seed: 11, rateLimits },
  })
  await h.connect()
  return h
}

const listRequests = (harness: Harness) =>
  harness.emulator.stats.apiRequestsByRoute['activities-list'] ?? 0

describe('first sync', () => {
  it('keeps every field Strava sent, in the summary and the detail, next to the typed columns', async () => {
    const h = await library(30)
    const core = await h.openCore()
    await core.sync.run()
    const stored = core.database.sqlite
      .prepare('SELECT id, summary_json AS summary, detail_json AS detail FROM activities')
      .all() as { id: number; summary: string; detail: string }[]
    expect(stored).toHaveLength(30)
    for (const row of stored) {
      const sent = h.emulator.activities.find((a) => a.id === row.id)
      if (!sent) throw new Error(`${row.id} is not the emulator's`)
      // As the emulator's JSON carried them (no undefined fields).
      const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown
      expect(JSON.parse(row.summary), String(row.id)).toStrictEqual(asJson(toSummary(sent)))
      expect(JSON.parse(row.detail), String(row.id)).toStrictEqual(asJson(toDetail(sent)))
    }
    // Fields no column holds are there too (kudos, gear, segment efforts, ...).
    const detail = JSON.parse(stored[0]?.detail ?? '{}') as Record<string, unknown>
    expect(Object.keys(detail).length).toBeGreaterThan(30)
  })

  it('backs up every summary, detail and stream with the minimum list requests and no 429', async () => {
    const h = await library(410)
    const core = await h.openCore()
    const summary = await core.sync.run()
    const manual = h.emulator.activities.filter((a) => a.manual).length
    expect(summary).toMatchObject({
      complete: true,
      added: 410,
      updated: 0,
      deleted: 0,
      rateLimited: 0,
    })
    expect(listRequests(h)).toBe(Math.ceil(410 / 200) + 1)
    expect(summary.requests).toBe(h.emulator.stats.apiRequests)
    expect(summary.requests).toBe(4 + 410 * 2)
    expect(h.emulator.stats.rateLimited).toBe(0)
    expect(countLiveActivities(core.db)).toBe(410)
    const states = core.database.sqlite
      .prepare('SELECT streams_state AS s, COUNT(*) AS n FROM activities GROUP BY s')
      .all() as { s: string; n: number }[]
    expect(Object.fromEntries(states.map((r) => [r.s, r.n]))).toEqual({
      stored: 410 - manual,
      none: manual,
    })
    expect(
      core.database.sqlite
        .prepare('SELECT COUNT(*) FROM activities WHERE detail_json IS NULL')
        .pluck()
        .get(),
    ).toBe(0)
    // Streams round-trip exactly, and ids above 2^32 survive.
    const gps = h.emulator.activities.find(
      (a) => !a.manual && a.start_latlng !== null && a.start_latlng.length === 2,
    )
    expect(gps!.id).toBeGreaterThan(2 ** 32)
    const stored = readStreams(core.db, gps!.id)
    expect(stored?.latlng?.length).toBeGreaterThan(10)
    expect(stored?.time?.length).toBe(stored?.latlng?.length)
  })

  it('fetches newest activities first and reports honest progress', async () => {
    const h = await library(60)
    const events: SyncProgressDto[] = []
    const core = await h.openCore({ onSyncProgress: (p) => events.push(p) })
    await core.sync.run()
    const detailOrder = core.database.sqlite
      .prepare('SELECT id FROM activities ORDER BY detail_fetched_at ASC, start_date DESC')
      .pluck()
      .all() as number[]
    const newestFirst = [...h.emulator.activities]
      .sort((a, b) => Date.parse(b.start_date) - Date.parse(a.start_date))
      .map((a) => a.id)
    expect(detailOrder).toEqual(newestFirst)
    const last = events.at(-1)!
    expect(last).toMatchObject({
      phase: 'done',
      details: { done: 60, remaining: 0 },
      listing: { activities: 60, complete: true },
    })
    const midway = events.find((e) => e.phase === 'streams')!
    expect(midway.etaAt).not.toBeNull()
    expect(midway.budget.limit15).toBe(100)
  })
})

describe('rate limits', () => {
  it('waits for each window instead of tripping a 429, and finishes at the earliest time the limits allow', async () => {
    const h = await library(120, { read15: 40, readDay: 400 })
    const start = h.clock.now()
    const waits: string[] = []
    const core = await h.openCore({
      onSyncProgress: (p) => p.waitingUntil && waits.push(p.waitingUntil),
    })
    const summary = await core.sync.run()
    expect(summary).toMatchObject({ complete: true, rateLimited: 0 })
    expect(h.emulator.stats.rateLimited).toBe(0)
    // 242 requests at 40 per quarter hour: 7 windows after the first.
    const quarters = Math.ceil(summary.requests / 40) - 1
    const firstBoundary = Math.floor(start / 900_000) * 900_000 + 900_000
    const lowerBound = firstBoundary + (quarters - 1) * 900_000
    expect(h.clock.now()).toBeGreaterThanOrEqual(lowerBound)
    expect(h.clock.now() - lowerBound).toBeLessThan(60_000)
    // Waits end at a new window, or in a window's last minute when the user's reserve is released.
    const windowStarts = new Set(waits.filter((w) => new Date(w).getUTCMinutes() % 15 === 0))
    expect(windowStarts.size).toBe(quarters)
    for (const wait of waits) expect([0, 14], wait).toContain(new Date(wait).getUTCMinutes() % 15)
  })

  it('stops cleanly with --no-wait semantics and resumes later without refetching', async () => {
    const h = await library(100, { read15: 50, readDay: 1000 })
    const core = await h.openCore()
    const first = await core.sync.run({ wait: false })
    expect(first.complete).toBe(false)
    // Background work may use the user's small reserve in the window's last minute.
    expect(first.resumeAfter).toMatch(/:(14|29|44|59):00\.000Z$/)
    expect(first.requests).toBeLessThanOrEqual(50)
    expect(h.emulator.stats.rateLimited).toBe(0)
    core.close()
    // A new process in the same window continues from what was learned: no probing into a 429.
    const again = await h.openCore()
    expect((await again.sync.run({ wait: false })).requests).toBe(0)
    h.clock.advance(15 * 60 * 1000)
    const rest = await again.sync.run()
    expect(rest.complete).toBe(true)
    // The second run lists new activities first: one short page ends an incremental listing.
    expect(first.requests + rest.requests).toBe(2 + 200 + 1)
    expect(h.emulator.stats.rateLimited).toBe(0)
  })

  it('pauses until the next window when another device used the budget (one 429), then completes', async () => {
    const h = await library(30)
    const core = await h.openCore({
      onSyncProgress: (p) => {
        if (p.details.done === 5 && h!.emulator.stats.rateLimited === 0)
          h!.emulator.setRateLimitUsage({ read15: 100 })
      },
    })
    const summary = await core.sync.run()
    expect(summary).toMatchObject({ complete: true, rateLimited: 1 })
    expect(h.emulator.stats.rateLimited).toBe(1)
  })
})

describe('staying true to Strava', () => {
  it('picks up new activities incrementally, and edits and deletions with a full re-list', async () => {
    const h = await library(250)
    const core = await h.openCore()
    await core.sync.run()
    const before = listRequests(h)
    h.emulator.addActivity({ name: 'Fresh run' })
    const incremental = await core.sync.run()
    expect(incremental).toMatchObject({ complete: true, added: 1, deleted: 0 })
    expect(listRequests(h) - before).toBe(1)

    const [edited, removed] = [h.emulator.activities[10]!, h.emulator.activities[20]!]
    h.emulator.editActivity(edited.id, { name: 'Renamed 🏔️' })
    h.emulator.deleteActivity(removed.id)
    const listBefore = listRequests(h)
    const full = await core.sync.run({ full: true })
    expect(full).toMatchObject({ complete: true, added: 0, updated: 1, deleted: 1 })
    expect(listRequests(h) - listBefore).toBe(Math.ceil(250 / 200) + 1)
    const rows = core.database.sqlite
      .prepare('SELECT id, name, deleted_at FROM activities WHERE id IN (?, ?)')
      .all(edited.id, removed.id) as { id: number; name: string; deleted_at: number | null }[]
    expect(rows.find((r) => r.id === edited.id)).toMatchObject({
      name: 'Renamed 🏔️',
      deleted_at: null,
    })
    expect(rows.find((r) => r.id === removed.id)?.deleted_at).toBeGreaterThan(0)
    expect(countLiveActivities(core.db)).toBe(250)
  })
})

describe('interruptions and bad answers', () => {
  it('resumes after being stopped at any point without losing or refetching work', async () => {
    const h = await library(420)
    let stops = 0
    let total = 0
    for (let round = 0; round < 30; round++) {
      const controller = new AbortController()
      let seen = 0
      const stopAfter = 7 + round * 13
      const core = await h.openCore({
        onSyncProgress: () => {
          if (++seen === stopAfter) controller.abort()
        },
      })
      const summary = await core.sync.run({ signal: controller.signal })
      total += summary.requests
      core.close()
      if (summary.complete) break
      stops++
    }
    expect(stops).toBeGreaterThan(5)
    expect(h.emulator.stats.apiRequests).toBe(total)
    const minimum = Math.ceil(420 / 200) + 1 + 420 * 2
    expect(total).toBeGreaterThanOrEqual(minimum)
    expect(total - minimum).toBeLessThanOrEqual(stops)
    const check = await h.openCore()
    expect(countLiveActivities(check.db)).toBe(420)
    expect(
      check.database.sqlite
        .prepare("SELECT COUNT(*) FROM activities WHERE streams_state = 'pending'")
        .pluck()
        .get(),
    ).toBe(0)
  })

  it('retries a malformed page and server errors, and keeps what it had', async () => {
    const h = await library(50)
    h.emulator.faults.push({ path: /\/athlete\/activities$/, kind: 'malformed-json', times: 1 })
    h.emulator.faults.push({ path: /\/streams$/, kind: 'server-error', times: 3, status: 503 })
    h.emulator.faults.push({ path: /\/activities\/\d+$/, kind: 'reset', times: 2 })
    const core = await h.openCore()
    const summary = await core.sync.run()
    expect(summary).toMatchObject({ complete: true, added: 50 })
    expect(countLiveActivities(core.db)).toBe(50)
  })

  it('refuses a second sync at the same time, in this process or another', async () => {
    const h = await library(40)
    const a = await h.openCore()
    const b = await h.openCore()
    const first = a.sync.run()
    await expect(a.sync.run()).rejects.toMatchObject({ code: 'SYNC_BUSY' })
    await expect(b.sync.run()).rejects.toMatchObject({
      code: 'SYNC_BUSY',
      message: expect.stringMatching(/already running/),
    })
    expect((await first).complete).toBe(true)
    expect((await b.sync.run()).complete).toBe(true)
  })
})
