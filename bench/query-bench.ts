/**
 * Library query benchmarks on 50,000 activities: the list screen's filtered, sorted, searched
 * first page, opening an activity, and weekly totals. Latencies are per call, in process.
 */
import { pathToFileURL } from 'node:url'
import { markDeletedOnStrava, storeDetail, storeStreams } from '../src/main/core/db/activities-repo'
import {
  computeTotals,
  getActivityDetail,
  listActivities,
} from '../src/main/core/library/activity-queries'
import { detailedActivitySchema, type StreamSet } from '../src/main/core/strava/activity-schemas'
import type { ActivityQueryInput } from '../src/shared/library-query'
import type { EmulatorActivity } from '../test/strava-emulator'
import { toDetail } from '../test/strava-emulator/representation'
import { generateStreams } from '../test/strava-emulator/streams'
import {
  BENCH_NOW,
  createBenchDatabase,
  ingestPage,
  libraryPages,
  toListedPage,
} from './ingest-bench'
import { figure, type BenchFigure } from './report'

const COUNT = 50_000
const RUNS = 300
const WARMUP = 20
const BENCH = 'query 50,000 activities'

/** What a person types and clicks: a sport chip or two, a year, a word of the name. */
const SEARCHES: { sportTypes: string[]; search: string }[] = [
  { sportTypes: ['Run'], search: 'morning' },
  { sportTypes: ['Run', 'TrailRun'], search: 'run' },
  { sportTypes: ['Ride', 'GravelRide'], search: 'évening' },
  { sportTypes: ['VirtualRide'], search: 'zwift' },
  { sportTypes: ['TrailRun'], search: 'trail' },
  { sportTypes: ['Walk', 'Hike'], search: 'wanderung' },
  { sportTypes: ['Run'], search: 'lauf' },
  { sportTypes: ['Ride'], search: 'kaffee' },
]
const YEARS = [2022, 2023, 2024, 2025]

function listQuery(run: number): ActivityQueryInput {
  const filter = SEARCHES[run % SEARCHES.length] ?? { sportTypes: [], search: '' }
  const year = YEARS[Math.floor(run / SEARCHES.length) % YEARS.length] ?? 2025
  return {
    ...filter,
    fromDate: `${year}-01-01`,
    toDate: `${year}-12-31`,
    sort: 'date',
    direction: 'desc',
    offset: 0,
    limit: 100,
  }
}

/** p50 and p95 of `runs` calls after a warm-up, in milliseconds. */
function measure(runs: number, call: (run: number) => unknown): { p50: number; p95: number } {
  for (let i = 0; i < WARMUP; i++) call(i)
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    call(run)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
  return { p50: at(0.5), p95: at(0.95) }
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

export async function runQueryBench(): Promise<BenchFigure[]> {
  const database = createBenchDatabase()
  try {
    const { db } = database
    // Every 50th activity gets its detail and streams, like a library mid-sync; 1% is deleted.
    const opened: EmulatorActivity[] = []
    const deleted: number[] = []
    let index = 0
    for (const page of libraryPages(COUNT)) {
      ingestPage(database, toListedPage(page), BENCH_NOW)
      for (const activity of page) {
        if (index % 50 === 0) opened.push(activity)
        if (index % 100 === 37) deleted.push(activity.id)
        index++
      }
    }
    db.transaction(() => {
      for (const activity of opened) {
        storeDetail(db, detailedActivitySchema.parse(toDetail(activity)), BENCH_NOW)
        const streams = generateStreams(activity)
        if (streams) storeStreams(db, activity.id, streams as StreamSet, BENCH_NOW)
      }
      markDeletedOnStrava(db, deleted, BENCH_NOW)
    })

    const list = measure(RUNS, (run) => listActivities(db, listQuery(run)))
    const detail = measure(RUNS, (run) => {
      const activity = opened[run % opened.length]
      if (!activity || !getActivityDetail(db, activity.id)) throw new Error('detail missing')
    })
    const totals = measure(RUNS, () => computeTotals(db, { period: 'week' }))
    return [
      ms('list: sport + dates + search, sorted, first page, p50', list.p50),
      ms('list: sport + dates + search, sorted, first page, p95', list.p95, 10),
      ms('detail open with streams, p95', detail.p95),
      ms('totals by ISO week, all sports, p95', totals.p95),
    ]
  } finally {
    database.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runQueryBench().then((figures) => console.table(figures))
}
