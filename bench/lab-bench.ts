/**
 * Performance-lab benchmarks (issue 17): the first analysis of 5,000 activities with 1 Hz streams
 * of 1 to 4 hours through the worker pool on 2 threads, one new activity brought up to date, and
 * the queries the screens wait for (fitness over 15 years, the all-time power curve, bests).
 * `LAB_BENCH_ACTIVITIES=300 npx tsx bench/lab-bench.ts` runs it small while developing.
 */
import { pathToFileURL } from 'node:url'
import { storeStreams, upsertSummaries } from '../src/main/core/db/activities-repo'
import { systemClock } from '../src/main/core/clock'
import { DerivedData } from '../src/main/core/derived/derived-data'
import { createLabDeriver } from '../src/main/core/lab/derive/lab-deriver'
import { bestsQuery } from '../src/main/core/lab/queries/bests-query'
import { calendarQuery } from '../src/main/core/lab/queries/calendar-query'
import { curveQuery } from '../src/main/core/lab/queries/curve-query'
import { fitnessQuery } from '../src/main/core/lab/queries/fitness-query'
import { gearQuery } from '../src/main/core/lab/queries/gear-query'
import { yearReviewQuery } from '../src/main/core/lab/queries/year-review-query'
import { saveThresholds } from '../src/main/core/lab/settings/threshold-store'
import { createWorkerPool } from '../src/main/core/workers/worker-pool'
import { toListedPage } from './ingest-bench'
import { LAB_BENCH_END, openLabFixture, syntheticStreams } from './lab-fixture'
import { figure, type BenchFigure } from './report'
import { generateDatasetPages } from '../test/strava-emulator'

const BENCH = 'performance lab'
const THREADS = 2
const RUNS = 200

function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return { p50: at(0.5), p95: at(0.95) }
}

function measure(runs: number, call: () => unknown) {
  for (let i = 0; i < 10; i++) call()
  return percentiles(
    Array.from({ length: runs }, () => {
      const started = performance.now()
      call()
      return performance.now() - started
    }),
  )
}

function ms(metric: string, value: number, target?: number): BenchFigure {
  return figure(
    BENCH,
    metric,
    value,
    'ms',
    target === undefined ? undefined : { text: `< ${target}`, ok: value < target },
  )
}

export async function runLabBench(
  count = Number(process.env.LAB_BENCH_ACTIVITIES ?? 5000),
): Promise<BenchFigure[]> {
  const log = (line: string) => console.error(line)
  const fixture = openLabFixture(count, log)
  const { db } = fixture.database
  const workers = createWorkerPool({ threads: THREADS })
  try {
    saveThresholds(
      db,
      { ftp: 250, thresholdHr: 165, maxHr: 190, restingHr: 50, thresholdPace: 270 },
      '2010-01-01',
      LAB_BENCH_END,
    )
    const derived = new DerivedData({ db, workers, clock: systemClock }, [createLabDeriver(db)])
    // Workers start (and load their code) before the clock runs, as in an app that is open.
    await Promise.all(Array.from({ length: THREADS }, () => workers.run('echo', null)))

    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    await derived.refresh()
    const fullSeconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuBefore)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6

    const [page] = generateDatasetPages(8, 1, LAB_BENCH_END, 1)
    const [listed] = toListedPage(page ?? [])
    if (!listed) throw new Error('no activity to add')
    const added = {
      ...listed,
      id: 42,
      sport_type: 'Ride',
      type: 'Ride',
      start_date: '2026-05-31T07:00:00Z',
      start_date_local: '2026-05-31T09:00:00Z',
      moving_time: 7200,
      elapsed_time: 7440,
      distance: 60_000,
    }
    db.transaction(() => {
      upsertSummaries(db, [added], LAB_BENCH_END)
      storeStreams(db, added.id, syntheticStreams(1_000_000, 7440, true), LAB_BENCH_END)
    })
    const oneStarted = performance.now()
    await derived.refresh()
    fitnessQuery(db, {})
    curveQuery(db, { stream: 'watts', sport: 'Ride' })
    const oneMs = performance.now() - oneStarted

    const fitness = measure(RUNS, () => fitnessQuery(db, {}))
    const curve = measure(RUNS, () => curveQuery(db, { stream: 'watts', sport: 'Ride' }))
    const season = measure(RUNS, () =>
      curveQuery(db, { stream: 'watts', sport: 'Ride', from: '2026-01-01', to: '2026-06-01' }),
    )
    const bests = measure(50, () => bestsQuery(db, 'Run', null))
    const calendar = measure(50, () => calendarQuery(db, 2025))
    const review = measure(50, () => yearReviewQuery(db, 2025))
    const gear = measure(20, () => gearQuery(db))
    const rows = db.$client.prepare('SELECT count(*) FROM lab_mean_max').pluck().get() as number
    return [
      figure(
        BENCH,
        `first analysis of ${count.toLocaleString('en')} activities, 1–4 h at 1 Hz, ${THREADS} worker threads (wall)`,
        fullSeconds,
        's',
        count >= 5000 ? { text: '< 60', ok: fullSeconds < 60 } : undefined,
      ),
      figure(BENCH, 'first analysis: CPU time, all threads', cpuSeconds, 's'),
      figure(BENCH, 'first analysis: mean-max rows stored', rows, 'rows'),
      ms('one new 2 h activity: every figure updated (refresh, fitness, curve)', oneMs, 100),
      ms(`fitness series over 15 years p50`, fitness.p50),
      ms(`fitness series over 15 years p95`, fitness.p95, 50),
      ms('all-time power curve (42 durations, ride family) p50', curve.p50),
      ms('all-time power curve (42 durations, ride family) p95', curve.p95, 20),
      ms('power curve of this season p95', season.p95),
      ms('run best efforts, top 10 per distance and per year p95', bests.p95),
      ms('calendar of a year p95', calendar.p95),
      ms('year in review p95', review.p95),
      ms('gear page (reads every summary) p95', gear.p95),
    ]
  } finally {
    await workers.close()
    fixture.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await runLabBench())
}
