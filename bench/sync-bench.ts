/**
 * Sync benchmarks on simulated time against the emulator: request counts, 429s, time to a full
 * backup against the lower bound the rate limits imply, and the cost of crashes.
 */
import { pathToFileURL } from 'node:url'
import { earliestFinish, DEFAULT_BUDGETS } from '../src/main/core/sync/rate-windows'
import type { RateLimits } from '../test/strava-emulator'
import { createHarness, type Harness } from '../test/helpers/harness'
import { figure, type BenchFigure } from './report'

async function library(activityCount: number, rateLimits?: Partial<RateLimits>): Promise<Harness> {
  const h = await createHarness({
    simulatedTime: true,
    emulator: { activityCount, seed: 2026, rateLimits },
  })
  await h.connect()
  return h
}

export async function benchSummaryListing(count = 10_000): Promise<BenchFigure[]> {
  const h = await library(count)
  try {
    const core = await h.openCore()
    const summary = await core.sync.run({ level: 'summaries' })
    const floor = Math.ceil(count / 200) + 1
    const used = h.emulator.stats.apiRequestsByRoute['activities-list'] ?? 0
    return [
      figure('1 summaries of 10,000', 'list requests', used, 'requests', {
        text: `= ${floor}`,
        ok: used === floor,
      }),
      figure('1 summaries of 10,000', '429 responses', summary.rateLimited, 'responses', {
        text: '= 0',
        ok: summary.rateLimited === 0,
      }),
    ]
  } finally {
    await h.cleanup()
  }
}

interface BackupRun {
  requests: number
  rateLimited: number
  simulatedMs: number
  lowerBoundMs: number
}

/** A full backup (summaries, details, streams); `kills` stops it at that many random points. */
async function fullBackup(
  count: number,
  limits: Partial<RateLimits> | undefined,
  kills: number[],
): Promise<BackupRun> {
  const h = await library(count, limits)
  try {
    const start = h.clock.now()
    const pending = [...kills].sort((a, b) => a - b)
    let sent = 0
    for (;;) {
      const controller = new AbortController()
      const core = await h.openCore({
        onSyncProgress: () => {
          if (pending.length > 0 && sent + core.api.stats.requests >= (pending[0] ?? Infinity)) {
            pending.shift()
            controller.abort()
          }
        },
      })
      const summary = await core.sync.run({ signal: controller.signal })
      sent += summary.requests
      core.close()
      if (summary.complete) break
    }
    const requests = h.emulator.stats.apiRequests
    const budgets = structuredClone(DEFAULT_BUDGETS)
    if (limits?.read15) budgets.read.limit15 = limits.read15
    if (limits?.readDaily) budgets.read.limitDay = limits.readDaily
    if (limits?.overall15) budgets.overall.limit15 = limits.overall15
    if (limits?.overallDaily) budgets.overall.limitDay = limits.overallDaily
    const lowerBound = earliestFinish(budgets, start, requests)
    return {
      requests,
      rateLimited: h.emulator.stats.rateLimited,
      simulatedMs: h.clock.now() - start,
      lowerBoundMs: lowerBound - start,
    }
  } finally {
    await h.cleanup()
  }
}

function backupFigures(name: string, run: BackupRun): BenchFigure[] {
  const overBound = (run.simulatedMs / run.lowerBoundMs - 1) * 100
  return [
    figure(name, 'requests', run.requests, 'requests'),
    figure(name, 'simulated time to complete', run.simulatedMs / 3_600_000, 'hours'),
    figure(name, 'lower bound from the limits', run.lowerBoundMs / 3_600_000, 'hours'),
    figure(name, 'time over lower bound', overBound, '%', { text: '< 2', ok: overBound < 2 }),
    figure(name, '429 responses', run.rateLimited, 'responses', {
      text: '= 0',
      ok: run.rateLimited === 0,
    }),
  ]
}

export async function benchFullBackup(
  count = 2_000,
): Promise<{ figures: BenchFigure[]; requests: number }> {
  const standard = await fullBackup(count, undefined, [])
  const upgraded = await fullBackup(
    count,
    { read15: 200, readDaily: 2_000, overall15: 400, overallDaily: 4_000 },
    [],
  )
  return {
    figures: [
      ...backupFigures('2 full backup of 2,000 (100/15 min, 1,000/day)', standard),
      ...backupFigures('2 full backup of 2,000 (200/15 min, 2,000/day)', upgraded),
    ],
    requests: standard.requests,
  }
}

export async function benchCrashResume(
  count = 2_000,
  uninterrupted: number,
  kills = 20,
): Promise<BenchFigure[]> {
  const points = Array.from({ length: kills }, (_, i) =>
    Math.floor(((i + 0.5) / kills) * uninterrupted * (0.9 + 0.2 * pseudoRandom(i))),
  )
  const run = await fullBackup(count, undefined, points)
  const extra = run.requests - uninterrupted
  const percent = (extra / uninterrupted) * 100
  return [
    figure('3 crash-resume, 20 stops', 'extra requests', extra, 'requests'),
    figure('3 crash-resume, 20 stops', 'extra requests', percent, '%', {
      text: '< 1',
      ok: percent < 1,
    }),
    figure('3 crash-resume, 20 stops', '429 responses', run.rateLimited, 'responses', {
      text: '= 0',
      ok: run.rateLimited === 0,
    }),
  ]
}

/** Deterministic spread for the stop points, so runs are comparable. */
function pseudoRandom(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453
  return x - Math.floor(x)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const listing = await benchSummaryListing()
  const backup = await benchFullBackup()
  const crash = await benchCrashResume(2_000, backup.requests)
  console.table([...listing, ...backup.figures, ...crash])
}
