import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gpx as gpxToGeoJson, tcx as tcxToGeoJson } from '@tmcw/togeojson'
import { DOMParser } from '@xmldom/xmldom'
import { parse as parseCsv } from 'csv-parse/sync'
import type { Feature, LineString } from 'geojson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/run-cli'
import type { TrailkeepCore } from '../../src/main/core/create-core'
import { readStreams } from '../../src/main/core/db/activities-repo'
import { CSV_COLUMNS } from '../../src/main/core/export/csv-columns'
import { exportActivities, type ExportFormat } from '../../src/main/core/export/export-activities'
import {
  iterateActivities,
  type StoredActivity,
} from '../../src/main/core/export/stored-activities'
import { captureIo, createHarness, type Harness } from '../helpers/harness'
import {
  children,
  followsOrder,
  numberAt,
  parseXmlTree,
  path,
  type XmlNode,
} from '../helpers/xml-tree'

type Streams = Record<string, unknown[] | undefined>

let h: Harness
let core: TrailkeepCore
let library: StoredActivity[]
const outDirs: string[] = []

beforeAll(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 20, seed: 11 } })
  await h.connect()
  core = await h.openCore()
  await core.sync.run()
  library = [...iterateActivities(core.db)]
}, 60_000)
afterAll(async () => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true })
  await h.cleanup()
})

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trailkeep-export-'))
  outDirs.push(dir)
  return dir
}

function exportTo(format: ExportFormat, extra: { ids?: number[]; overwrite?: boolean } = {}) {
  const outDir = freshDir()
  return exportActivities(core, { format, outDir, ...extra }).then((result) => ({ result, outDir }))
}

const streamsOf = (id: number) => readStreams(core.db, id) as Streams
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
const timeOf = (a: StoredActivity, streams: Streams, i: number) =>
  iso(Date.parse(String(a.summary.start_date)) + (streams.time?.[i] as number) * 1000)
const byId = (id: number) => library.find((a) => a.id === id) as StoredActivity
const idInName = (file: string) => Number(/^\d{4}-\d\d-\d\d_\d{4}_(\d+)_/.exec(file)?.[1])
const xmlDom = (text: string) => new DOMParser().parseFromString(text, 'text/xml')

const METADATA_ORDER = ['name', 'desc', 'author', 'copyright', 'link', 'time', 'keywords', 'bounds']
const TRK_ORDER = ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'trkseg']
const TPX_ORDER = ['gpxtpx:atemp', 'gpxtpx:wtemp', 'gpxtpx:depth', 'gpxtpx:hr', 'gpxtpx:cad']
const LAP_ORDER = [
  'TotalTimeSeconds',
  'DistanceMeters',
  'MaximumSpeed',
  'Calories',
  'AverageHeartRateBpm',
  'MaximumHeartRateBpm',
  'Intensity',
  'Cadence',
  'TriggerMethod',
  'Track',
  'Notes',
  'Extensions',
]
const TRACKPOINT_ORDER = [
  'Time',
  'Position',
  'AltitudeMeters',
  'DistanceMeters',
  'HeartRateBpm',
  'Cadence',
  'SensorState',
  'Extensions',
]

describe('GPX export', () => {
  it('writes every activity with a GPS track and skips the rest with the reason', async () => {
    const { result, outDir } = await exportTo('gpx')
    const files = readdirSync(outDir).sort()
    expect(files).toHaveLength(result.written)
    const withTrack = library.filter((a) => (streamsOf(a.id)?.latlng?.length ?? 0) > 0)
    expect(result.written).toBe(withTrack.length)
    for (const skip of result.skipped) {
      const activity = byId(skip.id as number)
      expect(skip.reason, activity.name).toBe(activity.isManual ? 'manual' : 'no-gps')
    }
    expect(result.skipped.some((s) => s.reason === 'manual')).toBe(true)
    expect(result.skipped.some((s) => s.reason === 'no-gps')).toBe(true)
    // Names sort by date: the file order is the activities' order by local start time.
    expect(files.map(idInName)).toEqual(
      [...withTrack]
        .sort((a, b) => a.startDateLocal.localeCompare(b.startDateLocal))
        .map((a) => a.id),
    )
  })

  it(
    'matches the stored streams exactly, read by fast-xml-parser and by togeojson',
    { timeout: 120_000 },
    async () => {
      const { outDir } = await exportTo('gpx')
      for (const file of readdirSync(outDir)) {
        const activity = byId(idInName(file))
        const streams = streamsOf(activity.id)
        const text = readFileSync(join(outDir, file), 'utf8')
        const root = parseXmlTree(text)
        expect(root.name).toBe('gpx')
        expect(root.attrs).toMatchObject({
          version: '1.1',
          xmlns: 'http://www.topografix.com/GPX/1/1',
          'xmlns:gpxtpx': 'http://www.garmin.com/xmlschemas/TrackPointExtension/v1',
        })
        expect(root.children.map((c) => c.name)).toEqual(['metadata', 'trk'])
        const names = (node: XmlNode | undefined) => node?.children.map((c) => c.name) ?? []
        expect(followsOrder(names(path(root, 'metadata')), METADATA_ORDER)).toBe(true)
        expect(followsOrder(names(path(root, 'trk')), TRK_ORDER)).toBe(true)
        expect(path(root, 'metadata', 'name')?.text).toBe(activity.name)
        expect(path(root, 'metadata', 'time')?.text).toBe(iso(activity.startDate * 1000))
        const points = children(path(root, 'trk', 'trkseg') as XmlNode, 'trkpt')
        expect(points).toHaveLength(streams.time?.length ?? -1)
        const tpxOf = (p: XmlNode) => path(p, 'extensions', 'gpxtpx:TrackPointExtension')
        const read = (name: string) =>
          points.map((p) => {
            const tpx = tpxOf(p)
            return tpx && numberAt(tpx, name)
          })
        expect(
          points.every((p) => p.children.map((c) => c.name).join() === 'ele,time,extensions'),
        ).toBe(true)
        expect(
          points.every((p) => followsOrder(tpxOf(p)?.children.map((c) => c.name) ?? [], TPX_ORDER)),
        ).toBe(true)
        expect(points.map((p) => [Number(p.attrs.lat), Number(p.attrs.lon)])).toEqual(
          streams.latlng,
        )
        expect(points.map((p) => numberAt(p, 'ele'))).toEqual(streams.altitude)
        expect(points.map((p) => path(p, 'time')?.text)).toEqual(
          streams.time?.map((_, i) => timeOf(activity, streams, i)),
        )
        expect(read('gpxtpx:hr')).toEqual(streams.heartrate ?? points.map(() => undefined))
        expect(read('gpxtpx:cad')).toEqual(streams.cadence ?? points.map(() => undefined))
        expect(read('gpxtpx:atemp')).toEqual(streams.temp ?? points.map(() => undefined))
        expect(points.map((p) => numberAt(p, 'extensions', 'power'))).toEqual(
          streams.watts ?? points.map(() => undefined),
        )

        const geo = gpxToGeoJson(xmlDom(text)).features as Feature<LineString>[]
        expect(geo).toHaveLength(1)
        const feature = geo[0] as Feature<LineString>
        const props = feature.properties?.coordinateProperties as Record<string, unknown[]>
        expect(feature.properties?.name).toBe(activity.name)
        expect(feature.geometry.coordinates).toEqual(
          (streams.latlng as [number, number][]).map(([lat, lng], i) => [
            lng,
            lat,
            streams.altitude?.[i],
          ]),
        )
        expect(props.times).toEqual(streams.time?.map((_, i) => timeOf(activity, streams, i)))
        expect(props.heart).toEqual(streams.heartrate)
        expect(props.cads).toEqual(streams.cadence)
        expect(props.atemps).toEqual(streams.temp)
        expect(props.powers).toEqual(streams.watts)
      }
    },
  )

  it('escapes names and strips characters XML cannot carry', async () => {
    const target = library.find((a) => a.name.includes('<img')) as StoredActivity
    expect(target).toBeDefined()
    core.database.sqlite
      .prepare('UPDATE activities SET name = ? WHERE id = ?')
      .run(`${target.name} & "q" 'x'\u0001\u001f`, target.id)
    try {
      const { outDir } = await exportTo('gpx', { ids: [target.id] })
      const [file] = readdirSync(outDir)
      const text = readFileSync(join(outDir, file as string), 'utf8')
      expect(text).not.toContain('<img')
      expect(text).toContain(
        '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &apos;x&apos;</name>',
      )
      expect(path(parseXmlTree(text), 'metadata', 'name')?.text).toBe(`${target.name} & "q" 'x'`)
      expect(file).toMatch(/^\d{4}-\d\d-\d\d_\d{4}_\d+_img-src-x-onerror-alert-1-q-x\.gpx$/)
    } finally {
      core.database.sqlite
        .prepare('UPDATE activities SET name = ? WHERE id = ?')
        .run(target.name, target.id)
    }
  })
})

function trackpointsOf(root: XmlNode): XmlNode[] {
  const activity = path(root, 'Activities', 'Activity') as XmlNode
  return children(activity, 'Lap').flatMap((lap) =>
    children(lap, 'Track').flatMap((track) => children(track, 'Trackpoint')),
  )
}

describe('TCX export', () => {
  it(
    'writes laps from the detail with every sample once, in schema order',
    { timeout: 120_000 },
    async () => {
      const { result, outDir } = await exportTo('tcx')
      expect(result.written).toBe(library.length)
      expect(result.skipped).toEqual([])
      for (const file of readdirSync(outDir)) {
        const activity = byId(idInName(file))
        const streams = streamsOf(activity.id)
        const text = readFileSync(join(outDir, file), 'utf8')
        const root = parseXmlTree(text)
        expect(root.name).toBe('TrainingCenterDatabase')
        expect(root.attrs).toMatchObject({
          xmlns: 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2',
          'xmlns:ns3': 'http://www.garmin.com/xmlschemas/ActivityExtension/v2',
        })
        const tcxActivity = path(root, 'Activities', 'Activity') as XmlNode
        const sport = /Run$/.test(activity.sportType)
          ? 'Running'
          : /Ride$/.test(activity.sportType)
            ? 'Biking'
            : 'Other'
        expect(tcxActivity.attrs.Sport, activity.sportType).toBe(sport)
        expect(tcxActivity.children.map((c) => c.name)).toEqual(
          expect.arrayContaining(['Id', 'Lap', 'Notes']),
        )
        expect(
          followsOrder(
            tcxActivity.children.map((c) => c.name),
            ['Id', 'Lap', 'Notes'],
          ),
        ).toBe(true)
        expect(path(tcxActivity, 'Notes')?.text).toBe(activity.name)
        const laps = children(tcxActivity, 'Lap')
        const detailLaps = (activity.detail?.laps as unknown[] | undefined) ?? []
        expect(laps).toHaveLength(streams ? Math.max(1, detailLaps.length) : 1)
        for (const lap of laps) {
          expect(
            followsOrder(
              lap.children.map((c) => c.name),
              LAP_ORDER,
            ),
            activity.name,
          ).toBe(true)
        }
        const points = trackpointsOf(root)
        if (!streams) {
          expect(activity.isManual).toBe(true)
          expect(points).toEqual([])
          expect(result.partial).toContainEqual({ id: activity.id, reason: 'manual' })
          continue
        }
        expect(
          points.every((p) =>
            followsOrder(
              p.children.map((c) => c.name),
              TRACKPOINT_ORDER,
            ),
          ),
        ).toBe(true)
        const none = points.map(() => undefined)
        expect(points.map((p) => path(p, 'Time')?.text)).toEqual(
          streams.time?.map((_, i) => timeOf(activity, streams, i)),
        )
        const positions = points.map((p) => {
          const lat = numberAt(p, 'Position', 'LatitudeDegrees')
          return lat === undefined ? undefined : [lat, numberAt(p, 'Position', 'LongitudeDegrees')]
        })
        expect(positions).toEqual(streams.latlng ?? none)
        expect(points.map((p) => numberAt(p, 'AltitudeMeters'))).toEqual(streams.altitude ?? none)
        expect(points.map((p) => numberAt(p, 'DistanceMeters'))).toEqual(streams.distance ?? none)
        expect(points.map((p) => numberAt(p, 'HeartRateBpm', 'Value'))).toEqual(
          streams.heartrate ?? none,
        )
        expect(points.map((p) => numberAt(p, 'Cadence'))).toEqual(streams.cadence ?? none)
        expect(points.map((p) => numberAt(p, 'Extensions', 'ns3:TPX', 'ns3:Speed'))).toEqual(
          streams.velocity_smooth ?? none,
        )
        expect(points.map((p) => numberAt(p, 'Extensions', 'ns3:TPX', 'ns3:Watts'))).toEqual(
          streams.watts ?? none,
        )

        // togeojson reads trackpoints with a position only, one feature per lap.
        const features = tcxToGeoJson(xmlDom(text)).features as Feature<LineString>[]
        if (!streams.latlng) {
          expect(features).toEqual([])
          continue
        }
        expect(features.flatMap((f) => f.geometry.coordinates)).toEqual(
          (streams.latlng as [number, number][]).map(([lat, lng], i) => [
            lng,
            lat,
            streams.altitude?.[i],
          ]),
        )
        const props = features.map((f) => f.properties as Record<string, unknown>)
        const cp = (key: string) =>
          props.flatMap((p) => (p.coordinateProperties as Record<string, unknown[]>)[key] ?? [])
        expect(cp('times')).toEqual(streams.time?.map((_, i) => timeOf(activity, streams, i)))
        expect(cp('heart')).toEqual(streams.heartrate ?? [])
        expect(props.flatMap((p) => (p.watts as unknown[]) ?? [])).toEqual(streams.watts ?? [])
        expect(props.flatMap((p) => (p.cadences as unknown[]) ?? [])).toEqual(streams.cadence ?? [])
      }
    },
  )

  it('exports indoor activities without Position and laps from the detail', async () => {
    const indoor = library.find((a) => a.streamsState === 'stored' && !streamsOf(a.id).latlng)
    const laps = library.find((a) => ((a.detail?.laps as unknown[]) ?? []).length > 2)
    expect(indoor && laps).toBeTruthy()
    const { outDir } = await exportTo('tcx', { ids: [indoor!.id, laps!.id] })
    for (const file of readdirSync(outDir)) {
      const root = parseXmlTree(readFileSync(join(outDir, file), 'utf8'))
      const points = trackpointsOf(root)
      expect(points.length).toBeGreaterThan(0)
      if (idInName(file) === indoor!.id) expect(points.some((p) => path(p, 'Position'))).toBe(false)
      else {
        const lapNodes = children(path(root, 'Activities', 'Activity') as XmlNode, 'Lap')
        const detailLaps = laps!.detail?.laps as { distance: number; elapsed_time: number }[]
        expect(lapNodes.map((l) => numberAt(l, 'DistanceMeters'))).toEqual(
          detailLaps.map((l) => l.distance),
        )
        expect(lapNodes.map((l) => numberAt(l, 'TotalTimeSeconds'))).toEqual(
          detailLaps.map((l) => l.elapsed_time),
        )
        const calories = lapNodes.reduce((sum, l) => sum + (numberAt(l, 'Calories') ?? 0), 0)
        expect(calories).toBe(laps!.detail?.calories)
      }
    }
  })

  it('writes a lap without trackpoints when the streams are not backed up yet', async () => {
    const target = library.find((a) => a.streamsState === 'stored') as StoredActivity
    core.database.sqlite
      .prepare("UPDATE activities SET streams_state = 'pending' WHERE id = ?")
      .run(target.id)
    try {
      const { result, outDir } = await exportTo('tcx', { ids: [target.id] })
      expect(result.partial).toEqual([{ id: target.id, reason: 'streams-pending' }])
      const root = parseXmlTree(
        readFileSync(join(outDir, readdirSync(outDir)[0] as string), 'utf8'),
      )
      expect(trackpointsOf(root)).toEqual([])
      expect(numberAt(root, 'Activities', 'Activity', 'Lap', 'DistanceMeters')).toBe(
        target.distance,
      )
      const gpx = await exportTo('gpx', { ids: [target.id] })
      expect(gpx.result.skipped).toEqual([{ id: target.id, reason: 'streams-pending' }])
    } finally {
      core.database.sqlite
        .prepare("UPDATE activities SET streams_state = 'stored' WHERE id = ?")
        .run(target.id)
    }
  })
})

describe('CSV and JSON export', () => {
  it('writes one CSV row per activity with the documented columns', async () => {
    const { result, outDir } = await exportTo('csv')
    expect(result.written).toBe(1)
    const [file] = readdirSync(outDir)
    expect(file).toMatch(/^trailkeep-activities_\d{4}-\d\d-\d\d_\d{4}\.csv$/)
    const text = readFileSync(join(outDir, file as string), 'utf8')
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0] ?? {})).toEqual(CSV_COLUMNS.map(([name]) => name))
    const docs = readFileSync(new URL('../../docs/export-formats.md', import.meta.url), 'utf8')
    for (const [name] of CSV_COLUMNS) expect(docs, name).toContain(`\`${name}\``)
    expect(rows.map((r) => Number(r.id))).toEqual(library.map((a) => a.id))
    for (const [i, row] of rows.entries()) {
      const a = library[i] as StoredActivity
      expect(row.name).toBe(a.name)
      expect(row.sport_type).toBe(a.sportType)
      expect(Number(row.distance_m)).toBe(a.distance)
      expect(Number(row.moving_time_s)).toBe(a.movingTime)
      expect(Number(row.elapsed_time_s)).toBe(a.elapsedTime)
      expect(Number(row.total_elevation_gain_m)).toBe(a.totalElevationGain)
      expect(row.start_date_utc).toBe(a.summary.start_date)
      expect(row.start_date_local).toBe(String(a.summary.start_date_local).replace('Z', ''))
      expect(row.average_heartrate_bpm).toBe(
        a.summary.average_heartrate === undefined ? '' : String(a.summary.average_heartrate),
      )
      expect(row.calories_kcal).toBe(String(a.detail?.calories))
      expect(row.manual).toBe(String(a.isManual))
      expect(row.has_streams).toBe(String(a.streamsState === 'stored'))
      expect(row.description).toBe((a.detail?.description as string | null) ?? '')
      expect(row.strava_url).toBe(`https://www.strava.com/activities/${a.id}`)
    }
  })

  it('neutralizes spreadsheet formulas in names', async () => {
    const target = library[0] as StoredActivity
    core.database.sqlite
      .prepare('UPDATE activities SET name = ? WHERE id = ?')
      .run('=HYPERLINK("x")', target.id)
    try {
      const { outDir } = await exportTo('csv', { ids: [target.id] })
      const text = readFileSync(join(outDir, readdirSync(outDir)[0] as string), 'utf8')
      const [row] = parseCsv(text, { columns: true }) as Record<string, string>[]
      expect(row?.name).toBe(`'=HYPERLINK("x")`)
    } finally {
      core.database.sqlite
        .prepare('UPDATE activities SET name = ? WHERE id = ?')
        .run(target.name, target.id)
    }
  })

  it('writes a JSON archive of everything stored', async () => {
    const { outDir } = await exportTo('json')
    const [file] = readdirSync(outDir)
    const archive = JSON.parse(readFileSync(join(outDir, file as string), 'utf8')) as {
      schemaVersion: number
      exportedAt: string
      activities: {
        id: number
        summary: unknown
        detail: unknown
        streams: unknown
        deletedAt: string | null
      }[]
    }
    expect(archive.schemaVersion).toBe(1)
    expect(archive.exportedAt).toBe(iso(h.clock.now()))
    expect(archive.activities.map((a) => a.id)).toEqual(library.map((a) => a.id))
    for (const [i, entry] of archive.activities.entries()) {
      const a = library[i] as StoredActivity
      expect(entry.summary).toEqual(a.summary)
      expect(entry.detail).toEqual(a.detail)
      expect(entry.streams).toEqual(readStreams(core.db, a.id))
      expect(entry.deletedAt).toBeNull()
    }
  })
})

describe('file names and re-runs', () => {
  it('never overwrites a file unless asked, and reports it', async () => {
    const ids = library.slice(0, 3).map((a) => a.id)
    const outDir = freshDir()
    const first = await exportActivities(core, { format: 'tcx', outDir, ids })
    expect(first.written).toBe(3)
    const [victim] = readdirSync(outDir).sort()
    writeFileSync(join(outDir, victim as string), 'my own edits')
    const again = await exportActivities(core, { format: 'tcx', outDir, ids })
    expect(again.written).toBe(0)
    expect(again.skipped).toEqual(ids.map((id) => ({ id, reason: 'exists' })))
    expect(readFileSync(join(outDir, victim as string), 'utf8')).toBe('my own edits')
    const forced = await exportActivities(core, { format: 'tcx', outDir, ids, overwrite: true })
    expect(forced.written).toBe(3)
    expect(readFileSync(join(outDir, victim as string), 'utf8')).toMatch(/^<\?xml/)
    expect(readdirSync(outDir)).toHaveLength(3)
  })

  it('names files safely for every stored name', async () => {
    const { outDir } = await exportTo('tcx')
    const names = readdirSync(outDir)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(library.length)
    for (const name of names) {
      expect(name).toMatch(/^\d{4}-\d\d-\d\d_\d{4}_\d+_[a-z0-9-]{1,48}\.tcx$/)
      expect(name.length).toBeLessThanOrEqual(100)
    }
  })
})

describe('trailkeep export', () => {
  const run = async (args: string[]) => {
    const cli = captureIo(h.env)
    const code = await runCli(['export', ...args], { ...cli.io, clock: h.clock })
    return { code, stdout: cli.stdout(), stderr: cli.stderr() }
  }

  it('reports on stderr how many it wrote and skipped and why', async () => {
    const outDir = freshDir()
    const { code, stdout, stderr } = await run(['--format', 'gpx', '--out', outDir])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const written = readdirSync(outDir).length
    const skipped = library.length - written
    expect(stderr.startsWith(`Wrote ${written} GPX files to ${outDir}; skipped ${skipped}: `)).toBe(
      true,
    )
    expect(stderr).toMatch(/\d+ manual activit(y has|ies have) no track for GPX[;.]/)
    expect(stderr).toMatch(
      /\d+ activit(y has|ies have) no GPS track for GPX \(indoor or no position data\)[;.]/,
    )
    expect(stderr.endsWith('.\n')).toBe(true)
    const again = await run(['--format', 'gpx', '--out', outDir, '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ written: 0 })
    expect(again.stderr).toMatch(
      new RegExp(`${written} files already exist \\(pass --overwrite to replace\\)`),
    )
  })

  it('fails with exit 2 and one sentence for bad usage', async () => {
    const outDir = freshDir()
    const cases: [string[], RegExp][] = [
      [['--format', 'gpx'], /^--out is required\. Run `trailkeep export --help` for usage\.\n$/],
      [
        ['--format', 'kml', '--out', outDir],
        /^Unknown format "kml": use gpx, tcx, csv, json, original\. Run `trailkeep export --help` for usage\.\n$/,
      ],
      [['--out', outDir], /^--format is required\. Run `trailkeep export --help` for usage\.\n$/],
      [
        ['--format', 'gpx', '--out', outDir, '--id', '12345'],
        /^No activity with id 12345 is in the library\. Run `trailkeep list` to see the ids\.\n$/,
      ],
      [['--format', 'gpx', '--out', outDir, '--id', 'abc'], /^--id must be a whole number/],
    ]
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toMatch(message)
    }
    expect(readdirSync(outDir)).toEqual([])
  })

  it('exports one activity by id', async () => {
    const outDir = freshDir()
    const target = library.find((a) => a.streamsState === 'stored') as StoredActivity
    const { code, stderr } = await run([
      '--format',
      'tcx',
      '--out',
      outDir,
      '--id',
      String(target.id),
    ])
    expect(code).toBe(0)
    expect(stderr).toBe(`Wrote 1 TCX file to ${outDir}; skipped none.\n`)
    expect(readdirSync(outDir).map(idInName)).toEqual([target.id])
  })
})
