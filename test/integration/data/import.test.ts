import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { readStreams, storeStreams } from '../../../src/main/core/db/activities-repo'
import { countPending, pendingFetchesFor } from '../../../src/main/core/db/pending-fetches'
import { exportActivities } from '../../../src/main/core/export/export-activities'
import { importStravaExport } from '../../../src/main/core/import/import-strava-export'
import { captureIo } from '../../helpers/harness'
import {
  buildScenario,
  expectedStreams,
  sqlRows,
  T0,
  useImportLibrary,
} from '../../helpers/import-scenario'

const library = useImportLibrary()
const sql = <T>(query: string, ...params: unknown[]) => sqlRows<T>(library, query, ...params)
const pending = (id: number) => pendingFetchesFor(library.core.db, id).map((p) => p.kind)

describe('importing a Strava bulk export', () => {
  it('fills pending streams from FIT, GPX and TCX, plain or gzipped, and leaves fewer downloads', async () => {
    const { core } = library
    const { archive, ids, samples } = await buildScenario(library)
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

    // The export row (description, gear) and the original (laps, device) answer the detail: the
    // sync asks Strava for it only if the athlete opens the activity.
    for (const id of [ids.fitGz, ids.gpx, ids.tcxIndoorGz, ids.tcx]) expect(pending(id)).toEqual([])
    // The activity whose streams came from the API still has its file read for the detail.
    expect(pending(ids.stored)).toEqual([])
    // Four downloads fewer; the activity whose file was corrupt is new and pending its streams.
    expect(countPending(core.db, 'streams')).toBe(streamsBefore - 4 + 1)
  })

  it('creates activities the library lacks from the CSV, marked as from the export', async () => {
    const { h, core } = library
    const { archive, ids } = await buildScenario(library)
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
    expect(pending(ids.newGpxNs3)).toEqual([])
    // A manual activity has nothing recorded: its export row is the whole detail.
    expect(pending(ids.newManual)).toEqual([])
    // Its file could not be read, so Strava still has to give its laps and streams.
    expect(pending(ids.corrupt)).toEqual(['detail', 'streams'])
    // API activities keep their own summary.
    const apiName = sql<{ name: string }>('SELECT name FROM activities WHERE id = ?', ids.fitGz)[0]
      ?.name
    expect(apiName).toBe(h.emulator.activities[0]?.name)
  })

  it('keeps the originals and exports them unchanged, byte for byte', async () => {
    const { h, core, work } = library
    const { archive, files, ids } = await buildScenario(library)
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
    const { core } = library
    const { archive } = await buildScenario(library)
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

describe('trailkeep import', () => {
  it('imports and reports on stderr; bad usage exits 2 with one sentence', async () => {
    const { h, work } = library
    const { archive } = await buildScenario(library)
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
    expect(missing.stderr()).toBe('PATH is required. Run `trailkeep import --help` for usage.\n')
    const absent = captureIo(h.env)
    expect(await runCli(['import', join(work, 'nope.zip')], absent.io)).toBe(1)
    expect(absent.stderr()).toMatch(
      /^\S+nope\.zip does not exist; check the path to your Strava export\.\n$/,
    )
  })
})
