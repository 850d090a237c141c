import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gpx as gpxToGeoJson } from '@tmcw/togeojson'
import type { Feature, LineString } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { CoreParts } from '../../../src/main/core/create-core'
import type { StoredActivity } from '../../../src/main/core/export/stored-activities'
import { idInName, iso, timeOf, useExportLibrary, xmlDom } from '../../helpers/export-library'
import {
  children,
  followsOrder,
  numberAt,
  parseXmlTree,
  path,
  type XmlNode,
} from '../../helpers/xml-tree'

let core: CoreParts
let library: StoredActivity[]
const { exportTo, streamsOf, byId } = useExportLibrary((ready) => {
  core = ready.core
  library = ready.library
})

const METADATA_ORDER = ['name', 'desc', 'author', 'copyright', 'link', 'time', 'keywords', 'bounds']
const TRK_ORDER = ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'trkseg']
const TPX_ORDER = ['gpxtpx:atemp', 'gpxtpx:wtemp', 'gpxtpx:depth', 'gpxtpx:hr', 'gpxtpx:cad']

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
