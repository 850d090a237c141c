/**
 * Ingest benchmarks: summaries written the way the sync writes them (pages of 200 through
 * upsertSummaries, one transaction a page) into a fresh library database.
 */
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { upsertSummaries } from '../src/main/core/db/activities-repo'
import { openDatabase, type OpenedDatabase } from '../src/main/core/db/open-database'
import { parseActivityPage } from '../src/main/core/sync/parse-page'
import {
  summaryActivitySchema,
  type SummaryActivity,
} from '../src/main/core/strava/activity-schemas'
import { generateDatasetPages, type EmulatorActivity } from '../test/strava-emulator'
import { toSummary } from '../test/strava-emulator/representation'
import { figure, type BenchFigure } from './report'

export const PAGE_SIZE = 200
export const BENCH_NOW = Date.UTC(2026, 5, 1)
const LIBRARY_SEED = 1
const MEMORY_CHILD_FLAG = '--ingest-memory-child'
const TIME_CHILD_FLAG = '--ingest-time-child'

/**
 * A library of `count` activities as Strava's listing pages it on a first sync: newest first,
 * ids growing with the date, built one page at a time so a large library never sits in memory.
 */
export function libraryPages(count: number, now = BENCH_NOW): Generator<EmulatorActivity[]> {
  return generateDatasetPages(LIBRARY_SEED, count, now, PAGE_SIZE)
}

export function toSummaryActivity(activity: EmulatorActivity): SummaryActivity {
  return summaryActivitySchema.parse(toSummary(activity))
}

/** A page as the listing hands it to the database: Strava's JSON text, parsed and checked. */
export function toListedPage(page: EmulatorActivity[]): SummaryActivity[] {
  const parsed = parseActivityPage(JSON.parse(JSON.stringify(page.map(toSummary))))
  if (!parsed || parsed.rejected.length > 0) throw new Error('the emulator sent an invalid page')
  return parsed.items
}

export function createBenchDatabase(): OpenedDatabase & { dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'trailkeep-bench-'))
  const database = openDatabase(join(dir, 'trailkeep.sqlite'))
  return {
    ...database,
    dispose() {
      database.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** One page as the sync writes it. */
export function ingestPage(database: OpenedDatabase, page: SummaryActivity[], now: number) {
  database.db.transaction(() => upsertSummaries(database.db, page, now))
}

const INGEST_RUNS = 5

/**
 * Wall-clock seconds to write `count` summaries into a fresh library, once per run (one run
 * swings with the disk); the data is generated before the clock starts.
 */
function timeIngestRuns(count: number): number[] {
  const pages = [...libraryPages(count)].map(toListedPage)
  const runs: number[] = []
  for (let run = 0; run < INGEST_RUNS; run++) {
    const database = createBenchDatabase()
    try {
      const started = performance.now()
      for (const page of pages) ingestPage(database, page, BENCH_NOW)
      runs.push((performance.now() - started) / 1000)
    } finally {
      database.dispose()
    }
  }
  return runs.sort((a, b) => a - b)
}

async function benchIngestTime(count = 10_000): Promise<BenchFigure[]> {
  const runs = await inChild<number[]>(TIME_CHILD_FLAG, count)
  const median = runs[Math.floor(runs.length / 2)] ?? Number.NaN
  const bench = 'ingest 10,000 summaries'
  return [
    figure(bench, `wall clock, median of ${INGEST_RUNS}`, median, 's', {
      text: '< 0.5',
      ok: median < 0.5,
    }),
    figure(bench, `wall clock, slowest of ${INGEST_RUNS}`, runs.at(-1) ?? Number.NaN, 's'),
  ]
}

interface PeakMemory {
  peakRssBytes: number
  maxRssBytes: number
}

function ingestForPeakMemory(count: number): PeakMemory {
  const database = createBenchDatabase()
  let peakRssBytes = process.memoryUsage().rss
  try {
    for (const page of libraryPages(count)) {
      ingestPage(database, toListedPage(page), BENCH_NOW)
      peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)
    }
  } finally {
    database.dispose()
  }
  // maxRSS is in kilobytes: the high-water mark, including moments between samples.
  return { peakRssBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024 }
}

async function benchIngestMemory(count = 50_000): Promise<BenchFigure> {
  const result = await inChild<PeakMemory>(MEMORY_CHILD_FLAG, count)
  const megabytes = Math.max(result.peakRssBytes, result.maxRssBytes) / 2 ** 20
  return figure('ingest 50,000 summaries', 'peak RSS (whole process)', megabytes, 'MB', {
    text: '< 300',
    ok: megabytes < 300,
  })
}

/**
 * Runs one measurement in a fresh process, so the heap and memory earlier benchmarks left
 * behind count neither against its time nor its peak.
 */
function inChild<T>(flag: string, count: number): Promise<T> {
  const child = fork(fileURLToPath(import.meta.url), [flag, String(count)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise<T>((resolve, reject) => {
    child.once('message', (message) => resolve(message as T))
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`ingest bench exited with ${code}`)))
  })
}

export async function runIngestBench(): Promise<BenchFigure[]> {
  return [...(await benchIngestTime()), await benchIngestMemory()]
}

const CHILD_RUNS: Record<string, (count: number) => unknown> = {
  [TIME_CHILD_FLAG]: timeIngestRuns,
  [MEMORY_CHILD_FLAG]: ingestForPeakMemory,
}
const childRun = CHILD_RUNS[process.argv[2] ?? '']
if (childRun) {
  process.send?.(childRun(Number(process.argv[3])), () => process.disconnect?.())
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runIngestBench().then((figures) => console.table(figures))
}
