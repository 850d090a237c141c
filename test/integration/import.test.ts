import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import type { TrailkeepCore } from '../../src/main/core/create-core'
import { readStreams, storeStreams } from '../../src/main/core/db/activities-repo'
import { countPending, pendingFetchesFor } from '../../src/main/core/db/pending-fetches'
import { isAppError } from '../../src/main/core/errors'
import { exportActivities } from '../../src/main/core/export/export-activities'
import { importStravaExport } from '../../src/main/core/import/import-strava-export'
import { captureIo, createHarness, type Harness } from '../helpers/harness'
import {
  activitiesCsv,
  encodeFit,
  gpxText,
  gzip,
  tcxText,
  writeZip,
  type CsvActivity,
  type FixturePoint,
} from '../helpers/strava-export-fixture'

let h: Harness
let core: TrailkeepCore
let work: string
beforeEach(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 20, seed: 5 } })
  await h.connect()
  core = await h.openCore()
  // Summaries only: every activity is in the library, its streams still pending for the API.
  await core.sync.run({ summariesOnly: true })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-import-'))
})
afterEach(async () => {
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

const T0 = Date.UTC(2026, 2, 14, 7, 32, 10)

function points(
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
function expectedStreams(samples: FixturePoint[], keys: string[]) {
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

const sql = <T>(query: string, ...params: unknown[]) =>
  core.database.sqlite.prepare(query).all(...params) as T[]
const pending = (id: number) => pendingFetchesFor(core.db, id).map((p) => p.kind)

interface Scenario {
  archive: string
  files: Record<string, Buffer>
  ids: Record<
    'fitGz' | 'gpx' | 'tcxIndoorGz' | 'stored' | 'newGpxNs3' | 'newManual' | 'corrupt' | 'tcx',
    number
  >
  samples: Record<'fitGz' | 'gpx' | 'tcxIndoorGz' | 'stored' | 'tcx' | 'newGpxNs3', FixturePoint[]>
}

async function scenario(): Promise<Scenario> {
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

describe('importing a Strava bulk export', () => {
  it('fills pending streams from FIT, GPX and TCX, plain or gzipped, and leaves fewer downloads', async () => {
    const { archive, ids, samples } = await scenario()
    const apiStreams = { time: [0, 1], heartrate: [99, 98] }
    storeStreams(core.db, ids.stored, apiStreams, 1)
    const streamsBefore = countPending(core.db, 'streams')

    const progress: number[] = []
    const result = await importStravaExport(core, {
      archive,
      onProgress: (p) => progress.push(p.filesDone),
    })

    expect(result).toMatchObject({
      activitiesInArchive: 8,
      created: 3,
      streamsFilled: 5,
      originalsKept: 6,
      streamDownloadsSaved: 4,
    })
    expect(result.skipped).toEqual([
      {
        file: 'activities/5007.fit',
        id: ids.corrupt,
        reason: 'corrupt',
        detail: 'the FIT checksum does not match',
      },
      {
        file: 'activities/9999.gpx',
        id: null,
        reason: 'not-listed',
        detail: 'not listed in activities.csv',
      },
    ])
    expect(progress.at(-1)).toBe(8)
    const all = ['time', 'latlng', 'altitude', 'distance', 'heartrate', 'cadence', 'watts', 'temp']
    expect(readStreams(core.db, ids.fitGz)).toEqual(expectedStreams(samples.fitGz, all))
    const gpx = readStreams(core.db, ids.gpx) as Record<string, number[]>
    expect({ ...gpx, distance: undefined }).toEqual({
      ...expectedStreams(samples.gpx, all),
      distance: undefined,
    })
    // GPX has no distance: it is measured along the positions (about 15.34 m a sample here).
    expect(gpx.distance?.at(-1)).toBeCloseTo(24 * 15.34, 0)
    expect(readStreams(core.db, ids.tcxIndoorGz)).toEqual(
      expectedStreams(samples.tcxIndoorGz, ['time', 'distance', 'heartrate', 'cadence', 'watts']),
    )
    expect(readStreams(core.db, ids.tcx)).toEqual(
      expectedStreams(samples.tcx, [
        'time',
        'latlng',
        'altitude',
        'distance',
        'heartrate',
        'cadence',
      ]),
    )
    const ns3 = readStreams(core.db, ids.newGpxNs3) as Record<string, unknown[]>
    expect(ns3.heartrate).toEqual(samples.newGpxNs3.map((p) => p.heartrate))
    expect(ns3.cadence).toEqual(samples.newGpxNs3.map((p) => p.cadence))
    // API streams already stored are never replaced.
    expect(readStreams(core.db, ids.stored)).toEqual(apiStreams)

    for (const id of [ids.fitGz, ids.gpx, ids.tcxIndoorGz, ids.tcx])
      expect(pending(id)).toEqual(['detail'])
    // Four downloads fewer; the activity whose file was corrupt is new and pending its streams.
    expect(countPending(core.db, 'streams')).toBe(streamsBefore - 4 + 1)
  })

  it('creates activities the library lacks from the CSV, marked as from the export', async () => {
    const { archive, ids } = await scenario()
    await importStravaExport(core, { archive })
    const rows = sql<Record<string, unknown>>(
      'SELECT id, name, sport_type, start_date, distance, moving_time, elapsed_time, is_manual, streams_state, source FROM activities WHERE source = ? ORDER BY id',
      'bulk_export',
    )
    expect(rows).toEqual([
      {
        id: ids.newGpxNs3,
        name: 'Läufchen <am> Rhein',
        sport_type: 'TrailRun',
        start_date: T0 / 1000,
        distance: 5012.3,
        moving_time: 3600,
        elapsed_time: 3723,
        is_manual: 0,
        streams_state: 'stored',
        source: 'bulk_export',
      },
      {
        id: ids.newManual,
        name: 'Gym',
        sport_type: 'WeightTraining',
        start_date: T0 / 1000,
        distance: 5012.3,
        moving_time: 1800,
        elapsed_time: 1800,
        is_manual: 1,
        streams_state: 'none',
        source: 'bulk_export',
      },
      {
        id: ids.corrupt,
        name: `Imported ${ids.corrupt}`,
        sport_type: 'VirtualRide',
        start_date: T0 / 1000,
        distance: 5012.3,
        moving_time: 1800,
        elapsed_time: 1800,
        is_manual: 0,
        streams_state: 'pending',
        source: 'bulk_export',
      },
    ])
    expect(pending(ids.newGpxNs3)).toEqual(['detail'])
    expect(pending(ids.newManual)).toEqual(['detail'])
    expect(pending(ids.corrupt)).toEqual(['detail', 'streams'])
    // API activities keep their own summary.
    const apiName = sql<{ name: string }>('SELECT name FROM activities WHERE id = ?', ids.fitGz)[0]
      ?.name
    expect(apiName).toBe(h.emulator.activities[0]?.name)
  })

  it('keeps the originals and exports them unchanged, byte for byte', async () => {
    const { archive, files, ids } = await scenario()
    await importStravaExport(core, { archive })
    const kept = sql<{ activity_id: number; path: string; archive_path: string }>(
      'SELECT activity_id, path, archive_path FROM originals ORDER BY archive_path',
    )
    expect(kept.map((r) => r.archive_path)).toEqual([
      'activities/5001.fit.gz',
      'activities/5002.gpx',
      'activities/5003.tcx.gz',
      'activities/5004.fit',
      'activities/5005.gpx.gz',
      'activities/5008.tcx',
    ])
    for (const row of kept)
      expect(row.path).toBe(
        `originals/${row.activity_id}.${row.archive_path.split('.').slice(1).join('.')}`,
      )

    const out = join(work, 'out')
    const result = await exportActivities(core, { format: 'original', outDir: out })
    expect(result.written).toBe(6)
    expect(result.skipped.every((s) => s.reason === 'no-original')).toBe(true)
    for (const row of kept) {
      const name = readdirSync(out).find((f) => f.includes(`_${row.activity_id}_`)) as string
      expect(name.endsWith(row.archive_path.slice(row.archive_path.indexOf('.')))).toBe(true)
      expect(readFileSync(join(out, name)).equals(files[row.archive_path] as Buffer)).toBe(true)
    }
    expect(readdirSync(h.dataDir).filter((f) => f.startsWith('.import-'))).toEqual([])
    void ids
  })

  it('changes nothing on a second import of the same archive', async () => {
    const { archive } = await scenario()
    await importStravaExport(core, { archive })
    const snapshot = sql('SELECT * FROM activities ORDER BY id')
    const again = await importStravaExport(core, { archive })
    expect(again).toMatchObject({
      created: 0,
      streamsFilled: 0,
      originalsKept: 0,
      streamDownloadsSaved: 0,
    })
    expect(sql('SELECT * FROM activities ORDER BY id')).toEqual(snapshot)
  })
})

describe('a corrupt file inside the archive', () => {
  it('is reported and skipped while the rest is imported', async () => {
    const [a, b, c, d] = h.emulator.activities
    const good = encodeFit(points(8))
    const damagedFit = gzip(encodeFit(points(9)))
    const csv = activitiesCsv(
      [
        [a!.id, 'activities/6001.gpx.gz'],
        [b!.id, 'activities/6002.tcx'],
        [c!.id, 'activities/6003.fit.gz'],
        [d!.id, 'activities/6004.fit'],
      ].map(([id, filename]) => ({
        id: id as number,
        startMs: T0,
        name: 'x',
        type: 'Ride',
        elapsedTime: 60,
        distanceM: 1,
        filename: filename as string,
      })),
    )
    const archive = join(work, 'corrupt.zip')
    await writeZip(archive, [
      { name: 'activities.csv', data: csv },
      { name: 'activities/6001.gpx.gz', data: Buffer.from('not gzip at all') },
      { name: 'activities/6002.tcx', data: '<TrainingCenterDatabase><Activities><Activity>' },
      { name: 'activities/6003.fit.gz', data: damagedFit },
      { name: 'activities/6004.fit', data: good },
    ])
    // Flip one byte inside the stored .fit.gz entry: its CRC no longer matches the archive's.
    const bytes = readFileSync(archive)
    const at = bytes.indexOf(damagedFit.subarray(20, 40)) + 5
    bytes[at] = (bytes[at] as number) ^ 0xff
    writeFileSync(archive, bytes)
    const result = await importStravaExport(core, { archive })
    expect(result.skipped.map((s) => [s.file, s.detail])).toEqual([
      ['activities/6001.gpx.gz', 'it is not valid gzip data'],
      ['activities/6002.tcx', 'the TCX file is not well-formed XML'],
      ['activities/6003.fit.gz', 'its checksum does not match'],
    ])
    expect(result).toMatchObject({ streamsFilled: 1, originalsKept: 1 })
    expect(readStreams(core.db, d!.id)?.time).toHaveLength(8)
  })
})

describe('a damaged archive', () => {
  function libraryState() {
    return {
      activities: sql('SELECT id, streams_state, source FROM activities ORDER BY id'),
      pending: sql('SELECT id, detail_pending FROM activities ORDER BY id'),
      retries: sql('SELECT * FROM fetch_retries'),
      originals: sql('SELECT * FROM originals'),
      files: existsSync(join(h.dataDir, 'originals'))
        ? readdirSync(join(h.dataDir, 'originals'))
        : [],
      staging: readdirSync(h.dataDir).filter((f) => f.startsWith('.import-')),
    }
  }

  it('imports nothing from a truncated archive', async () => {
    const { archive } = await scenario()
    const before = libraryState()
    truncateSync(archive, Math.floor(readFileSync(archive).length * 0.6))
    const error = await importStravaExport(core, { archive }).catch((e: unknown) => e)
    expect(isAppError(error, 'ARCHIVE_INVALID')).toBe(true)
    expect((error as Error).message).toMatch(/is damaged or incomplete/)
    expect(libraryState()).toEqual(before)
  })

  it('imports nothing when the archive breaks after some files were read', async () => {
    const { archive } = await scenario()
    const before = libraryState()
    // Break the local header of the sixth original: five files are read, then it fails.
    const bytes = readFileSync(archive)
    const at = bytes.indexOf(Buffer.from('activities/5005.gpx.gz')) - 30
    expect(bytes.readUInt32LE(at)).toBe(0x04034b50)
    bytes.writeUInt32LE(0xdeadbeef, at)
    writeFileSync(archive, bytes)
    const progress: number[] = []
    const error = await importStravaExport(core, {
      archive,
      onProgress: (p) => progress.push(p.filesDone),
    }).catch((e: unknown) => e)
    expect(isAppError(error, 'ARCHIVE_INVALID')).toBe(true)
    expect(Math.max(...progress)).toBe(5)
    expect(libraryState()).toEqual(before)
  })

  it('refuses a ZIP without activities.csv and a file that is not a ZIP', async () => {
    const noCsv = join(work, 'no-csv.zip')
    await writeZip(noCsv, [{ name: 'activities/1.gpx', data: gpxText(points(3)) }])
    const notZip = join(work, 'not.zip')
    writeFileSync(notZip, 'hello')
    for (const archive of [noCsv, notZip]) {
      const error = await importStravaExport(core, { archive }).catch((e: unknown) => e)
      expect(isAppError(error, 'ARCHIVE_INVALID'), archive).toBe(true)
    }
  })
})

describe('trailkeep import', () => {
  it('imports and reports on stderr; bad usage exits 2 with one sentence', async () => {
    const { archive } = await scenario()
    const cli = captureIo(h.env)
    expect(await runCli(['import', archive], { ...cli.io, clock: h.clock })).toBe(0)
    expect(cli.stdout()).toBe('')
    // Here no activity has API streams yet, so all six readable files fill theirs.
    expect(cli.stderr()).toContain(
      'Imported 8 activities from the archive: 3 new, streams filled for 6, 6 original files kept.\n',
    )
    expect(cli.stderr()).toContain('5 stream downloads from Strava no longer needed.\n')
    expect(cli.stderr()).toContain('[import] 8 of 8 files, 100%\n')
    expect(cli.stderr()).toContain(
      'Skipped activities/5007.fit (activity 17000000003): the FIT checksum does not match.\n',
    )

    const missing = captureIo(h.env)
    expect(await runCli(['import'], missing.io)).toBe(2)
    expect(missing.stderr()).toBe(
      'EXPORT.zip is required. Run `trailkeep import --help` for usage.\n',
    )
    const absent = captureIo(h.env)
    expect(await runCli(['import', join(work, 'nope.zip')], absent.io)).toBe(1)
    expect(absent.stderr()).toMatch(
      /^\S+nope\.zip does not exist; check the path to your Strava export\.\n$/,
    )
  })
})
