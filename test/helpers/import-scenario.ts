/** The library and Strava export archives the import tests share. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { CoreParts } from '../../src/main/core/create-core'
import { createHarness, type Harness } from './harness'
import {
  activitiesCsv,
  encodeFit,
  gpxText,
  gzip,
  tcxText,
  writeZip,
  type CsvActivity,
  type FixturePoint,
} from './strava-export-fixture'

export interface ImportLibrary {
  h: Harness
  core: CoreParts
  /** A scratch folder for archives. */
  work: string
}

/**
 * A connected library of 20 summaries, fresh for each test: every activity is in the library,
 * its streams still pending for the API. The fields are filled in before each test.
 */
export function useImportLibrary(): ImportLibrary {
  const library = {} as ImportLibrary
  beforeEach(async () => {
    library.h = await createHarness({
      simulatedTime: true,
      emulator: { activityCount: 20, seed: 5 },
    })
    await library.h.connect()
    library.core = await library.h.openCore()
    await library.core.sync.run({ level: 'summaries' })
    library.work = mkdtempSync(join(tmpdir(), 'trailkeep-import-'))
  })
  afterEach(async () => {
    rmSync(library.work, { recursive: true, force: true })
    await library.h.cleanup()
  })
  return library
}

export const T0 = Date.UTC(2026, 2, 14, 7, 32, 10)

export function points(
  count: number,
  options: { gps?: boolean; power?: boolean; altitude?: boolean } = {},
): FixturePoint[] {
  const { gps = true, power = true, altitude = true } = options
  return Array.from({ length: count }, (_, i) => ({
    timeMs: T0 + i * 1000,
    ...(gps
      ? { lat: Number((50.7 + i * 0.0001).toFixed(4)), lng: Number((7.1 + i * 0.00015).toFixed(5)) }
      : {}),
    ...(altitude ? { altitude: Number((100 + i * 0.2).toFixed(1)) } : {}),
    distance: Number((i * 10.25).toFixed(2)),
    heartrate: 120 + (i % 20),
    cadence: 80 + (i % 5),
    ...(power ? { watts: 200 + i } : {}),
    temp: 18,
  }))
}

/** The streams the API would have given for these samples. */
export function expectedStreams(samples: FixturePoint[], keys: string[]) {
  const all: Record<string, unknown[]> = {
    time: samples.map((p) => (p.timeMs - T0) / 1000),
    latlng: samples.map((p) => [p.lat, p.lng]),
    altitude: samples.map((p) => p.altitude),
    distance: samples.map((p) => p.distance),
    heartrate: samples.map((p) => p.heartrate),
    cadence: samples.map((p) => p.cadence),
    watts: samples.map((p) => p.watts),
    temp: samples.map((p) => p.temp),
  }
  return Object.fromEntries(keys.map((k) => [k, all[k]]))
}

/** Rows of a query on the library's database. */
export function sqlRows<T>({ core }: ImportLibrary, query: string, ...params: unknown[]): T[] {
  return core.database.sqlite.prepare(query).all(...params) as T[]
}

export interface Scenario {
  archive: string
  files: Record<string, Buffer>
  ids: Record<
    'fitGz' | 'gpx' | 'tcxIndoorGz' | 'stored' | 'newGpxNs3' | 'newManual' | 'corrupt' | 'tcx',
    number
  >
  samples: Record<'fitGz' | 'gpx' | 'tcxIndoorGz' | 'stored' | 'tcx' | 'newGpxNs3', FixturePoint[]>
}

/**
 * An export archive over the library: files for five listed activities (one with API streams
 * already), three activities the library lacks (one manual, one with a corrupt FIT), and a
 * file activities.csv does not list.
 */
export async function buildScenario({ h, work }: ImportLibrary): Promise<Scenario> {
  const [a, b, c, d, hh] = h.emulator.activities
  const ids = {
    fitGz: a!.id,
    gpx: b!.id,
    tcxIndoorGz: c!.id,
    stored: d!.id,
    tcx: hh!.id,
    newGpxNs3: 17_000_000_001,
    newManual: 17_000_000_002,
    corrupt: 17_000_000_003,
  }
  const samples = {
    fitGz: points(30),
    gpx: points(25),
    tcxIndoorGz: points(20, { gps: false, altitude: false }),
    stored: points(10),
    tcx: points(15, { power: false }),
    newGpxNs3: points(12),
  }
  const fit = encodeFit(points(5))
  const corruptFit = Buffer.from(fit)
  corruptFit.writeUInt8(corruptFit.readUInt8(corruptFit.length - 20) ^ 0xff, corruptFit.length - 20)
  const files: Record<string, Buffer> = {
    'activities/5001.fit.gz': gzip(encodeFit(samples.fitGz)),
    'activities/5002.gpx': Buffer.from(gpxText(samples.gpx)),
    'activities/5003.tcx.gz': gzip(tcxText(samples.tcxIndoorGz)),
    'activities/5004.fit': encodeFit(samples.stored),
    'activities/5008.tcx': Buffer.from(tcxText(samples.tcx)),
    'activities/5005.gpx.gz': gzip(gpxText(samples.newGpxNs3, 'ns3')),
    'activities/5007.fit': corruptFit,
    'activities/9999.gpx': Buffer.from(gpxText(points(3))),
  }
  const row = (id: number, filename: string, extra: Partial<CsvActivity> = {}): CsvActivity => ({
    id,
    startMs: T0,
    name: `Imported ${id}`,
    type: 'Run',
    elapsedTime: 1800,
    distanceM: 5012.3,
    filename,
    ...extra,
  })
  const csv = activitiesCsv([
    row(ids.fitGz, 'activities/5001.fit.gz'),
    row(ids.gpx, 'activities/5002.gpx'),
    row(ids.tcxIndoorGz, 'activities/5003.tcx.gz'),
    row(ids.stored, 'activities/5004.fit'),
    row(ids.tcx, 'activities/5008.tcx'),
    row(ids.newGpxNs3, 'activities/5005.gpx.gz', {
      name: 'Läufchen <am> Rhein',
      type: 'Trail Run',
      elapsedTime: 3723,
      movingTime: 3600,
    }),
    row(ids.newManual, '', { name: 'Gym', type: 'Weight Training' }),
    row(ids.corrupt, 'activities/5007.fit', { type: 'Virtual Ride' }),
  ])
  const archive = join(work, 'export_134815.zip')
  await writeZip(archive, [
    { name: 'profile.csv', data: 'Athlete ID\n134815\n' },
    ...Object.entries(files).map(([name, data]) => ({ name, data })),
    { name: 'activities.csv', data: csv },
    { name: 'media/x.jpg', data: Buffer.alloc(10) },
  ])
  return { archive, files, ids, samples }
}
