/**
 * `npm run bench`: every benchmark, figures written to bench/results.json and printed as a table.
 * Benchmarks measure; tests assert behaviour. Rate-limit figures are on simulated time.
 */
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { runExportImportBench } from './export-import-bench'
import { runFilesBench } from './files-bench'
import { runIngestBench } from './ingest-bench'
import { runLabBench } from './lab-bench'
import { runMapsBench } from './maps-bench'
import { benchBackgroundMemory, benchFuzzRate, benchSyncedAndBrowsed } from './load-bench'
import { runQueryBench } from './query-bench'
import type { BenchFigure } from './report'
import { benchCrashResume, benchFullBackup, benchSummaryListing } from './sync-bench'

const figures: BenchFigure[] = []
const started = Date.now()

// The ingest and query timings first, on a quiet disk: the sync, export and import benches
// write hundreds of megabytes, and the kernel flushing them slows every fsync and read after.
figures.push(...(await runIngestBench()))
figures.push(...(await runQueryBench()))
figures.push(...(await runLabBench()))
figures.push(...(await benchSyncedAndBrowsed()))
figures.push(...(await benchSummaryListing()))
const backup = await benchFullBackup()
figures.push(...backup.figures)
figures.push(...(await benchCrashResume(2_000, backup.requests)))
figures.push(...(await runExportImportBench()))
figures.push(...(await runFilesBench(2_000, backup.requests)))
figures.push(...(await runMapsBench()))
figures.push(...(await benchBackgroundMemory()))
figures.push(...(await benchFuzzRate()))

const results = {
  generatedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  },
  wallSeconds: Math.round((Date.now() - started) / 1000),
  figures,
}
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
console.table(
  figures.map((f) => ({
    bench: f.bench,
    metric: f.metric,
    value: Number(f.value.toPrecision(4)),
    unit: f.unit,
    target: f.target ?? '',
    ok: f.ok === null ? '' : f.ok ? 'yes' : 'NO',
  })),
)
console.log(`Wrote bench/results.json (${results.wallSeconds} s)`)
