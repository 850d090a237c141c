/**
 * Load: 50,000 activities synced through the emulator and browsed, memory across an hour of
 * simulated background syncing, and how fast the bridge rejects hostile payloads.
 */
import { pathToFileURL } from 'node:url'
import { dispatchInvoke } from '../src/main/core/bridge/dispatch'
import { getActivityDetail, listActivities } from '../src/main/core/library/activity-queries'
import { updatePreferences } from '../src/main/core/settings/preferences'
import { invokeSchemas } from '../src/shared/ipc-contract'
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
    const summary = await core.sync.run({ summariesOnly: true })
    const syncSeconds = (performance.now() - started) / 1000
    const ids = core.database.sqlite
      .prepare('SELECT id FROM activities ORDER BY random() LIMIT 200')
      .pluck()
      .all() as number[]
    const list = Array.from({ length: 200 }, (_, i) =>
      time(() =>
        listActivities(core.db, {
          sportTypes: ['Run'],
          search: i % 2 ? 'morning' : 'lauf',
          sort: 'distance',
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
      figure(name, 'list query p95', percentile(list, 95), 'ms', {
        text: '< 10',
        ok: percentile(list, 95) < 10,
      }),
      figure(name, 'detail open p95', percentile(detail, 95), 'ms'),
    ]
  } finally {
    await h.cleanup()
  }
}

/** An hour of background syncing every 5 minutes (simulated), new activities arriving meanwhile. */
export async function benchBackgroundMemory(): Promise<BenchFigure[]> {
  const h = await createHarness({
    simulatedTime: true,
    emulator: { activityCount: 2_000, seed: 60 },
  })
  const gc = (globalThis as { gc?: () => void }).gc
  try {
    await h.connect()
    const seed = await h.openCore()
    updatePreferences(seed.db, { syncIntervalMinutes: 15, syncOnLaunch: true, fetchStreams: true })
    seed.close()
    const harness = h
    const session = await harness.startSession()
    const heap = () => {
      gc?.()
      return process.memoryUsage().heapUsed / 2 ** 20
    }
    // Let the first full backup finish (days of simulated time), then measure an hour of routine syncs.
    while (session.core.sync.running || session.background.status().lastResult === null)
      await new Promise((r) => setTimeout(r, 50))
    const before = heap()
    const hourEnd = harness.clock.now() + 3_600_000
    let runs = 0
    while (harness.clock.now() < hourEnd) {
      harness.emulator.addActivity({ name: `Lunch run ${runs}` })
      session.background.syncNow()
      await new Promise((r) => setTimeout(r, 30))
      while (session.core.sync.running) await new Promise((r) => setTimeout(r, 10))
      harness.clock.advance(5 * 60_000)
      runs++
    }
    const after = heap()
    await session.close()
    return [
      figure('load: 1 h of background sync (simulated)', 'sync runs', runs, 'runs'),
      figure('load: 1 h of background sync (simulated)', 'heap growth', after - before, 'MiB', {
        text: '< 5',
        ok: after - before < 5,
      }),
      figure('load: 1 h of background sync (simulated)', 'gc exposed', gc ? 1 : 0, 'bool'),
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
    const channels = Object.keys(invokeSchemas)
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
