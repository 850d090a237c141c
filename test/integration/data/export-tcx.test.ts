import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tcx as tcxToGeoJson } from '@tmcw/togeojson'
import type { Feature, LineString } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { CoreParts } from '../../../src/main/core/create-core'
import type { StoredActivity } from '../../../src/main/core/export/stored-activities'
import { idInName, timeOf, useExportLibrary, xmlDom } from '../../helpers/export-library'
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

function trackpointsOf(root: XmlNode): XmlNode[] {
  const activity = path(root, 'Activities', 'Activity') as XmlNode
  return children(activity, 'Lap').flatMap((lap) =>
    children(lap, 'Track').flatMap((track) => children(track, 'Trackpoint')),
  )
}
