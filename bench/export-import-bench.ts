/**
 * Export and import benchmarks: 2,000 activities with streams exported to GPX, and a Strava
 * bulk export of 2,000 originals imported into an empty library. Each runs in a fresh process,
 * so its peak RSS is its own; the fixtures are built beforehand and not timed.
 */
import { fork } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { DATABASE_FILE } from '../src/main/core/config/data-dir'
import { openDatabase } from '../src/main/core/db/open-database'
import { exportActivities } from '../src/main/core/export/export-activities'
import { importStravaExport } from '../src/main/core/import/import-strava-export'
import { buildArchive, buildLibrary, gpsActivities } from './export-import-fixture'
import { figure, type BenchFigure } from './report'

const CHILD_FLAG = '--export-import-child'

interface ChildRun {
  seconds: number
  peakRssMb: number
  /** The process with the library open, before the operation. */
  baselineMb: number
  items: number
}

/** Runs one operation against the library in `dataDir`, sampling the process's memory. */
async function measure(operation: () => Promise<number>): Promise<ChildRun> {
  const baseline = process.memoryUsage().rss
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const items = await operation()
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  // maxRSS (kilobytes) is the high-water mark, including moments between samples.
  const peakRssMb = Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20
  return { seconds, peakRssMb, baselineMb: baseline / 2 ** 20, items }
}

async function runChild(args: string[]): Promise<ChildRun> {
  const [mode, dataDir, path] = args as [string, string, string]
  const database = openDatabase(join(dataDir, DATABASE_FILE))
  try {
    const target = { db: database.db, dataDir }
    if (mode === 'export') {
      return await measure(async () => {
        const result = await exportActivities(target, { format: 'gpx', outDir: path })
        return result.written
      })
    }
    return await measure(async () => {
      const result = await importStravaExport(target, { archive: path })
      if (result.skipped.length > 0) throw new Error(`import skipped ${result.skipped.length}`)
      return result.streamsFilled
    })
  } finally {
    database.close()
  }
}

function inChild(args: string[]): Promise<ChildRun> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, ...args], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as ChildRun))
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`${args[0]} bench exited with ${code}`)))
  })
}

export async function runExportImportBench(count = 2_000): Promise<BenchFigure[]> {
  const work = mkdtempSync(join(tmpdir(), 'trailkeep-export-bench-'))
  try {
    const activities = gpsActivities(count)
    const library = join(work, 'library')
    const empty = join(work, 'empty')
    mkdirSync(library)
    mkdirSync(empty)
    buildLibrary(library, activities)
    const exported = await inChild(['export', library, join(work, 'out')])
    if (exported.items !== count) throw new Error(`exported ${exported.items} of ${count}`)
    const archive = join(work, 'export.zip')
    await buildArchive(library, activities, join(work, 'archive'), archive)
    const imported = await inChild(['import', empty, archive])
    if (imported.items !== count) throw new Error(`imported ${imported.items} of ${count}`)
    const gpxMb =
      readdirSync(join(work, 'out')).reduce(
        (sum, f) => sum + statSync(join(work, 'out', f)).size,
        0,
      ) /
      2 ** 20
    const archiveMb = statSync(archive).size / 2 ** 20
    const n = count.toLocaleString('en')
    const exportName = `export ${n} activities to GPX (${Math.round(gpxMb)} MB)`
    const importName = `import ${n}-file Strava export (${Math.round(archiveMb)} MB zip)`
    return [
      figure(exportName, 'wall clock', exported.seconds, 's'),
      figure(exportName, 'peak RSS (whole process)', exported.peakRssMb, 'MB'),
      figure(exportName, 'RSS before it started', exported.baselineMb, 'MB'),
      figure(importName, 'wall clock', imported.seconds, 's'),
      figure(importName, 'peak RSS (whole process)', imported.peakRssMb, 'MB'),
      figure(importName, 'RSS before it started', imported.baselineMb, 'MB'),
    ]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[2] === CHILD_FLAG) {
  process.send?.(await runChild(process.argv.slice(3)))
  process.disconnect?.()
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await runExportImportBench(Number(process.argv[2] ?? 2_000)))
}
