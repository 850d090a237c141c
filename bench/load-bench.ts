/**
 * Load: 50,000 activities synced through the emulator and browsed, memory across an hour of
 * simulated background syncing, and how fast the bridge rejects hostile payloads.
 */
import { pathToFileURL } from 'node:url'
import { dispatchInvoke } from '../src/main/core/bridge/dispatch'
import { getActivityDetail, listActivities } from '../src/main/core/library/activity-queries'
import { updatePreferences } from '../src/main/core/settings/preferences'
import { BRIDGE_ENTRIES } from '../src/shared/bridge-contract'
import { createPrng, hostileValue } from '../test/helpers/fuzz-payloads'
import { createHarness } from '../test/helpers/harness'
import { figure, type BenchFigure } from './report'

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

export async function benchSyncedAndBrowsed(count = 50_000): Promise<BenchFigure[]> {
  const h = await createHarness({
    simulatedTime: true,
    emulator: { activityCount: count, seed: 50 },
  })
  try {
    await h.connect()
    const core = await h.openCore()
    const started = performance.now()
    const summary = await core.sync.run({ level: 'summaries' })
    const syncSeconds = (performance.now() - started) / 1000
    const ids = core.database.sqlite
      .prepare('SELECT id FROM activities ORDER BY random() LIMIT 200')
      .pluck()
      .all() as number[]
    // Every call a filter not seen before (the distance bound differs), so no total is known yet.
    const list = Array.from({ length: 200 }, (_, i) =>
      time(() =>
        listActivities(core.db, {
          sportTypes: ['Run'],
          search: i % 2 ? 'morning' : 'lauf',
          maxDistance: 1_000_000 + i,
          sort: 'distance',
          limit: 100,
        }),
      ),
    )
    // Scrolling: the next pages of one filter.
    const scroll = Array.from({ length: 200 }, (_, i) =>
      time(() =>
        listActivities(core.db, {
          sportTypes: ['Run'],
          search: 'morning',
          sort: 'distance',
          offset: (i % 20) * 100,
          limit: 100,
        }),
      ),
    )
    const detail = ids.map((id) => time(() => getActivityDetail(core.db, id)))
    core.close()
    const name = `load: ${count.toLocaleString('en')} synced and browsed`
    return [
      figure(name, 'summary sync wall time', syncSeconds, 's'),
      figure(name, 'list requests', summary.requests, 'requests', {
        text: `= ${Math.ceil(count / 200) + 1}`,
        ok: summary.requests === Math.ceil(count / 200) + 1,
      }),
      figure(
        name,
        'list query p95 (Run + search, by distance, new filter)',
        percentile(list, 95),
        'ms',
        {
          text: '< 10',
          ok: percentile(list, 95) < 10,
        },
      ),
      figure(name, 'next page p95 (same filter, scrolling)', percentile(scroll, 95), 'ms'),
      figure(name, 'detail open p95', percentile(detail, 95), 'ms'),
    ]
  } finally {
    await h.cleanup()
  }
}

/** An hour of background syncing every 5 minutes (simulated), new activities arriving meanwhile. */
const SIMULATED_HOURS = 6

export async function benchBackgroundMemory(): Promise<BenchFigure[]> {
  const h = await createHarness({
    simulatedTime: true,
    emulator: { activityCount: 2_000, seed: 60 },
  })
  const gc = (globalThis as { gc?: () => void }).gc
  try {
    await h.connect()
    const seed = await h.openCore()
    updatePreferences(seed.db, {
      syncIntervalMinutes: 15,
      syncOnLaunch: true,
      syncLevel: 'everything',
    })
    seed.close()
    const harness = h
    let finished = 0
    const session = await harness.startSession((event) => {
      if (event === 'sync:finished') finished++
    })
    const heap = () => {
      gc?.()
      return process.memoryUsage().heapUsed / 2 ** 20
    }
    const idle = async () => {
      while (session.core.sync.running) await new Promise((r) => setTimeout(r, 10))
    }
    // The first full backup takes days of simulated time; routine syncs are measured after it.
    while (finished === 0) await new Promise((r) => setTimeout(r, 20))
    await idle()
    const before = heap()
    const startRuns = finished
    const windowEnd = harness.clock.now() + SIMULATED_HOURS * 3_600_000
    // The scheduler's own 15-minute interval drives the runs (its sleeps move simulated time);
    // a new activity appears on Strava every 5 simulated minutes.
    let lastUpload = harness.clock.now()
    while (harness.clock.now() < windowEnd) {
      if (harness.clock.now() - lastUpload >= 5 * 60_000) {
        harness.emulator.addActivity({ name: `Lunch run ${finished}` })
        lastUpload = harness.clock.now()
      }
      await new Promise((r) => setTimeout(r, 5))
    }
    await idle()
    const after = heap()
    const runs = finished - startRuns
    await session.close()
    const name = `load: ${SIMULATED_HOURS} h of background sync (simulated)`
    return [
      figure(name, 'sync runs', runs, 'runs'),
      figure(name, 'heap growth', after - before, 'MiB', { text: '< 5', ok: after - before < 5 }),
      figure(name, 'gc exposed', gc ? 1 : 0, 'bool'),
    ]
  } finally {
    await h.cleanup()
  }
}

export async function benchFuzzRate(seconds = 3): Promise<BenchFigure[]> {
  const h = await createHarness({ simulatedTime: true, emulator: { activityCount: 50 } })
  try {
    await h.connect()
    const harness = h
    const session = await harness.startSession()
    await session.background.stop()
    const channels = BRIDGE_ENTRIES.map((entry) => entry.channel)
    const rand = createPrng(99)
    const end = performance.now() + seconds * 1000
    let sent = 0
    let rejected = 0
    while (performance.now() < end) {
      const result = await dispatchInvoke(
        session.handlers,
        channels[sent % channels.length],
        hostileValue(rand),
      )
      sent++
      if (!result.ok) rejected++
    }
    await session.close()
    return [
      figure('load: bridge fuzzer', 'hostile payloads per second', sent / seconds, 'req/s'),
      figure('load: bridge fuzzer', 'rejected', (rejected / sent) * 100, '%', {
        text: '= 100',
        ok: rejected === sent,
      }),
    ]
  } finally {
    await h.cleanup()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table([
    ...(await benchFuzzRate()),
    ...(await benchBackgroundMemory()),
    ...(await benchSyncedAndBrowsed()),
  ])
}
