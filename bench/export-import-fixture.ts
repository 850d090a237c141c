/**
 * Fixtures for the export/import benchmark: a library of activities with GPS streams written
 * straight into the database (not through the rate-limited sync), and a Strava bulk-export
 * archive of their originals (mostly .fit.gz, as devices upload, plus .gpx and .tcx.gz).
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { gzipSync } from 'node:zlib'
import yazl from 'yazl'
import { DATABASE_FILE } from '../src/main/core/config/data-dir'
import { storeDetail, storeStreams, upsertSummaries } from '../src/main/core/db/activities-repo'
import { openDatabase } from '../src/main/core/db/open-database'
import { exportActivities } from '../src/main/core/export/export-activities'
import { detailedActivitySchema, type StreamSet } from '../src/main/core/strava/activity-schemas'
import {
  activitiesCsv,
  csvRowOf,
  encodeFit,
  type CsvActivity,
  type FixturePoint,
} from '../test/helpers/strava-export-fixture'
import { generateDataset, type EmulatorActivity } from '../test/strava-emulator'
import { toDetail } from '../test/strava-emulator/representation'
import { generateStreams } from '../test/strava-emulator/streams'
import { BENCH_NOW, PAGE_SIZE, toSummaryActivity } from './ingest-bench'

/** `count` activities that have a GPS track, newest first. */
export function gpsActivities(count: number): EmulatorActivity[] {
  const pool = generateDataset(2026, Math.ceil(count * 1.6), BENCH_NOW)
  const picked = pool.filter((a) => !a.manual && a.start_latlng.length === 2).slice(0, count)
  if (picked.length < count) throw new Error(`only ${picked.length} GPS activities generated`)
  return picked
}

/** A library as a finished sync leaves it: summaries, details and streams, nothing pending. */
export function buildLibrary(dataDir: string, activities: EmulatorActivity[]): void {
  const database = openDatabase(join(dataDir, DATABASE_FILE))
  try {
    for (let i = 0; i < activities.length; i += PAGE_SIZE) {
      const page = activities.slice(i, i + PAGE_SIZE)
      database.db.transaction((tx) => {
        upsertSummaries(database.db, page.map(toSummaryActivity), BENCH_NOW)
        for (const activity of page) {
          storeDetail(tx, detailedActivitySchema.parse(toDetail(activity)), BENCH_NOW)
          storeStreams(tx, activity.id, generateStreams(activity) as StreamSet, BENCH_NOW)
        }
      })
    }
  } finally {
    database.close()
  }
}

type Kind = 'fit.gz' | 'gpx' | 'tcx.gz'

/** 60% FIT (gzipped), 25% GPX, 15% TCX (gzipped). */
function kindOf(index: number): Kind {
  const slot = index % 20
  return slot < 12 ? 'fit.gz' : slot < 17 ? 'gpx' : 'tcx.gz'
}

function fixturePoints(activity: EmulatorActivity): FixturePoint[] {
  const streams = generateStreams(activity) as Record<string, unknown[]>
  const start = Date.parse(activity.start_date)
  const at = (key: string, i: number) => streams[key]?.[i] as number | undefined
  return (streams.time as number[]).map((t, i) => {
    const [lat, lng] = (streams.latlng?.[i] as [number, number] | undefined) ?? []
    return {
      timeMs: start + t * 1000,
      lat,
      lng,
      altitude: at('altitude', i),
      distance: at('distance', i),
      heartrate: at('heartrate', i),
      cadence: at('cadence', i),
      watts: at('watts', i),
      temp: at('temp', i),
    }
  })
}

function filesById(dir: string): Map<number, string> {
  return new Map(
    readdirSync(dir).map((name) => [Number(name.split('_')[2]), join(dir, name)] as const),
  )
}

/**
 * The bulk-export ZIP of `activities`, read from `dataDir`'s library: GPX and TCX as Trailkeep
 * exports them, FIT encoded with Garmin's SDK. Files are added from disk, never all in memory.
 */
export async function buildArchive(
  dataDir: string,
  activities: EmulatorActivity[],
  work: string,
  archive: string,
): Promise<void> {
  const dirs = { gpx: join(work, 'gpx'), tcx: join(work, 'tcx'), fit: join(work, 'fit') }
  mkdirSync(dirs.fit, { recursive: true })
  const database = openDatabase(join(dataDir, DATABASE_FILE))
  try {
    const ids = (kind: Kind) => activities.filter((_, i) => kindOf(i) === kind).map((a) => a.id)
    const source = { db: database.db, dataDir }
    await exportActivities(source, { format: 'gpx', outDir: dirs.gpx, ids: ids('gpx') })
    await exportActivities(source, { format: 'tcx', outDir: dirs.tcx, ids: ids('tcx.gz') })
  } finally {
    database.close()
  }
  const gpx = filesById(dirs.gpx)
  const tcx = filesById(dirs.tcx)
  const zip = new yazl.ZipFile()
  const rows: CsvActivity[] = []
  const written = pipeline(zip.outputStream, createWriteStream(archive))
  activities.forEach((activity, i) => {
    const kind = kindOf(i)
    const name = `activities/${1_000_000_000 + i}.${kind}`
    if (kind === 'fit.gz') {
      const file = join(dirs.fit, `${activity.id}.fit.gz`)
      writeFileSync(file, gzipSync(encodeFit(fixturePoints(activity))))
      zip.addFile(file, name, { compress: false })
    } else if (kind === 'gpx') {
      zip.addFile(gpx.get(activity.id) as string, name)
    } else {
      const file = join(dirs.fit, `${activity.id}.tcx.gz`)
      writeFileSync(file, gzipSync(readFileSync(tcx.get(activity.id) as string)))
      zip.addFile(file, name, { compress: false })
    }
    rows.push(csvRowOf(activity, name))
  })
  zip.addBuffer(Buffer.from(activitiesCsv(rows)), 'activities.csv')
  zip.end()
  await written
}
