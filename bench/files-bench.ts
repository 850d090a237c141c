/**
 * Your history without the API, measured: 2,000 device files imported from a folder (parsed in
 * the worker pool on every core), the same folder again, and a library that starts from
 * Strava's export and then connects: from nothing to every activity complete, wall time and
 * requests, against a full backup through the API alone. Fixtures are built first, not timed.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CoreParts } from '../src/main/core/create-core'
import { faceOf } from '../src/main/core/open-trailkeep'
import { createHarness, type Harness } from '../test/helpers/harness'
import { writeDeviceFolder, writeExportOf, type DeviceFile } from './device-folder-fixture'
import { figure, type BenchFigure } from './report'

const SEED = 2026

interface Timed<T> {
  value: T
  seconds: number
  cpuSeconds: number
  peakRssMb: number
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const cpu = process.cpuUsage()
  const started = performance.now()
  try {
    const value = await work()
    const used = process.cpuUsage(cpu)
    return {
      value,
      seconds: (performance.now() - started) / 1000,
      // This thread only: the workers' time is not in it.
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMb: peak / 2 ** 20,
    }
  } finally {
    clearInterval(sampler)
  }
}

const harness = (count: number) =>
  createHarness({ simulatedTime: true, emulator: { activityCount: count, seed: SEED } })

function folderMb(files: readonly DeviceFile[]): number {
  return files.reduce((sum, f) => sum + statSync(f.path).size, 0) / 2 ** 20
}

async function benchDeviceFolder(h: Harness, folder: string, files: DeviceFile[]) {
  const core = await h.openCore()
  const data = faceOf(core).data
  const first = await timed(() => data.importPaths({ paths: [folder] }))
  if (first.value.added !== files.length) {
    throw new Error(
      `added ${first.value.added} of ${files.length}: ${JSON.stringify(first.value.skipped.slice(0, 3))}`,
    )
  }
  const again = await timed(() => data.importPaths({ paths: [folder] }))
  if (again.value.added !== 0 || again.value.filesRead !== 0)
    throw new Error('re-import read files')
  const n = files.length.toLocaleString('en')
  const name = `import ${n} device files (folder, ${Math.round(folderMb(files))} MB, ${core.workers.threads} worker threads)`
  const rate = files.length / first.seconds
  return [
    figure(name, 'wall clock', first.seconds, 's', { text: '< 40', ok: first.seconds < 40 }),
    figure(name, 'files per second', rate, 'files/s'),
    figure(name, 'main thread CPU', first.cpuSeconds, 's'),
    figure(name, 'peak RSS (main process)', first.peakRssMb, 'MB'),
    figure(`re-import the same ${n} files`, 'wall clock', again.seconds, 's', {
      text: '< 5',
      ok: again.seconds < 5,
    }),
  ]
}

/** Export imported, then connected and synced at Strava's default limits (simulated time). */
async function benchExportThenConnect(
  count: number,
  archive: string,
  apiOnlyRequests: number | null,
): Promise<BenchFigure[]> {
  const h = await harness(count)
  try {
    const first = await h.openCore()
    const imported = await timed(() => faceOf(first).data.importPaths({ paths: [archive] }))
    first.close()
    await h.connect()
    const core: CoreParts = await h.openCore()
    const simulatedStart = h.clock.now()
    const synced = await timed(() => core.sync.run({ level: 'everything' }))
    const simulatedHours = (h.clock.now() - simulatedStart) / 3_600_000
    const left = core.sync.stillToFetch()
    if (!synced.value.complete || left.details + left.streams > 0) {
      throw new Error(`not complete: ${JSON.stringify(left)}`)
    }
    const requests = h.emulator.stats.apiRequests
    const wall = imported.seconds + synced.seconds
    const n = count.toLocaleString('en')
    const name = `${n} activities: export imported, then connected (100/15 min, 1,000/day)`
    const figures = [
      figure(name, 'export import wall clock', imported.seconds, 's'),
      figure(name, 'sync wall clock', synced.seconds, 's'),
      figure(name, 'wall clock to every activity complete', wall, 's', {
        text: '< 300',
        ok: wall < 300,
      }),
      figure(name, 'simulated time waiting for Strava', simulatedHours, 'hours'),
      figure(name, 'requests', requests, 'requests'),
      figure(
        name,
        'stream requests saved by the export',
        imported.value.requestsSaved.streams,
        'requests',
      ),
    ]
    if (apiOnlyRequests !== null) {
      figures.push(
        figure(
          name,
          'requests saved against the API alone',
          apiOnlyRequests - requests,
          'requests',
        ),
      )
    }
    return figures
  } finally {
    await h.cleanup()
  }
}

/** `apiOnlyRequests`: what a full backup of the same library through the API alone sent. */
export async function runFilesBench(
  count = 2_000,
  apiOnlyRequests: number | null = null,
): Promise<BenchFigure[]> {
  const work = mkdtempSync(join(tmpdir(), 'trailkeep-files-bench-'))
  const h = await harness(count)
  try {
    const folder = join(work, 'GARMIN')
    const files = writeDeviceFolder(folder, h.emulator.activities)
    const archive = join(work, 'export_2026.zip')
    await writeExportOf(archive, h.emulator.activities, files)
    const figures = await benchDeviceFolder(h, folder, files)
    await h.cleanup()
    figures.push(...(await benchExportThenConnect(count, archive, apiOnlyRequests)))
    figures.push(figure('machine', 'cores', availableParallelism(), 'cores'))
    return figures
  } finally {
    await h.cleanup().catch(() => undefined)
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await runFilesBench(Number(process.argv[2] ?? 2_000)))
}
