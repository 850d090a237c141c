/**
 * The Maps face as the app uses it, on activities synced from the emulator along a known loop:
 * heatmap tiles and who passed a spot, new tiles per activity, a stretch compared, and privacy
 * zones in a JSON export and in a saved heatmap picture.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreParts } from '../../../src/main/core/create-core'
import { faceOf } from '../../../src/main/core/open-trailkeep'
import { haversineMetres } from '../../../src/main/core/maps/geo'
import { decodePolyline } from '../../../src/main/core/maps/polyline-codec'
import type { Maps } from '../../../src/main/core/trailkeep'
import { createHarness, type Harness } from '../../helpers/harness'
import { pathTrack } from '../../helpers/map-fixtures'
import { onTrack, type EmulatorActivity } from '../../strava-emulator'
import { decodePng } from '../../unit/core/maps/png-decode'

const HOME: [number, number] = [47.3769, 8.5417]
const LOOP: [number, number][] = [
  [0, 0],
  [2000, 0],
  [2000, 1500],
  [0, 1500],
  [0, 0],
]
let h: Harness
let parts: CoreParts
let maps: Maps
const loops: EmulatorActivity[] = []

beforeAll(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 0, seed: 4 } })
  await h.connect()
  for (const [i, year] of [2021, 2022, 2023].entries()) {
    const track = pathTrack([HOME[0] + i * 0.00003, HOME[1]], LOOP, 6).map(
      ([lat, lon]) => [lat, lon] as [number, number],
    )
    const start = `${year}-05-01T06:00:00Z`
    loops.push(
      h.emulator.addActivity({
        ...onTrack(track, 300 + i * 20),
        name: `Loop ${year}`,
        sport_type: 'Run',
        type: 'Run',
        start_date: start,
        start_date_local: start,
        has_heartrate: true,
        average_heartrate: 150,
      }),
    )
  }
  parts = await h.openCore()
  await parts.sync.run()
  await parts.derived.refresh()
  maps = faceOf(parts).maps
}, 120_000)

afterAll(() => h?.cleanup())

const first = () => loops[0] as EmulatorActivity
const last = () => loops[2] as EmulatorActivity

describe('the heatmap', () => {
  it('draws the loop on its tile and lists the runs that passed a spot on it', async () => {
    const z = 14
    const n = 2 ** z
    const x = Math.floor(((HOME[1] + 180) / 360) * n)
    const latRad = (HOME[0] * Math.PI) / 180
    const y = Math.floor(((1 - Math.asinh(Math.tan(latRad)) / Math.PI) / 2) * n)
    const png = decodePng(Buffer.from((await maps.heatTile({ z, x, y })).base64, 'base64'))
    const lit = png.rgba.filter((_, i) => i % 4 === 3 && png.rgba[i] !== 0).length
    expect(lit).toBeGreaterThan(100)
    const passed = await maps.activitiesAt({ lat: HOME[0], lon: HOME[1] + 0.005, zoom: 15 })
    expect(passed.map((a) => a.name)).toEqual(['Loop 2023', 'Loop 2022', 'Loop 2021'])
    expect(await maps.activitiesAt({ lat: HOME[0] + 0.05, lon: HOME[1], zoom: 15 })).toEqual([])
  })
})

describe('explorer tiles of one activity', () => {
  it('counts as new only the tiles no earlier activity visited', () => {
    const [z14, z17] = maps.activityTiles({ id: first().id })
    expect(z14?.newTiles.length).toBe(z14?.visited)
    expect(z17?.newTiles.length).toBe(z17?.visited)
    const later = maps.activityTiles({ id: last().id })
    expect(later[0]?.visited).toBeGreaterThan(0)
    expect(later[0]?.newTiles).toEqual([])
  })
})

describe('the same route', () => {
  it('compares a stretch picked on one run in every run of the route', () => {
    const track = pathTrack(HOME, LOOP, 6)
    const from = track[40] as [number, number]
    const to = track[400] as [number, number]
    const { rows, path } = maps.compareStretch({ id: last().id, from, to })
    expect(rows.map((r) => r.name)).toEqual(['Loop 2023', 'Loop 2022', 'Loop 2021'])
    for (const row of rows) {
      expect(row.metres).toBeGreaterThan(2000)
      expect(row.metres).toBeLessThan(2300)
      expect(row.heartrate).not.toBeNull()
    }
    // Slower runs (more seconds a kilometre) take longer on the same stretch.
    expect(rows[0]!.seconds).toBeGreaterThan(rows[2]!.seconds)
    expect(path.length).toBeGreaterThan(10)
  })
})

describe('privacy zones', () => {
  it('leave their points out of a JSON export, streams and Strava JSON alike, and say so', async () => {
    const zone = maps.addPrivacyZone({ lat: HOME[0], lon: HOME[1], radius: 250 })
    try {
      const out = join(h.dataDir, '..', `json-${Date.now()}`)
      const result = await faceOf(parts).data.export({ format: 'json', outDir: out })
      expect(result.trimmed.map((t) => t.id).sort()).toEqual(loops.map((l) => l.id).sort())
      const archive = JSON.parse(readFileSync(result.files[0] as string, 'utf8')) as {
        activities: {
          summary: { start_latlng: unknown; map: { summary_polyline: string } }
          detail: { map: { polyline: string } }
          streams: { latlng: [number, number][]; time: number[] }
        }[]
      }
      const distance = ([lat, lon]: [number, number]) => haversineMetres(lat, lon, HOME[0], HOME[1])
      for (const a of archive.activities) {
        expect(a.summary.start_latlng).toBeNull()
        expect(a.streams.latlng.length).toBe(a.streams.time.length)
        expect(Math.min(...a.streams.latlng.map(distance))).toBeGreaterThan(250)
        for (const polyline of [a.summary.map.summary_polyline, a.detail.map.polyline]) {
          expect(
            Math.min(...decodePolyline(polyline).map((p) => distance([p[0], p[1]]))),
          ).toBeGreaterThan(249)
        }
      }
    } finally {
      maps.removePrivacyZone({ id: zone.id })
    }
  })

  it('leave a saved heatmap picture blank inside them, and the library unchanged', async () => {
    const bounds = {
      west: HOME[1] - 0.01,
      south: HOME[0] - 0.01,
      east: HOME[1] + 0.04,
      north: HOME[0] + 0.03,
    }
    const file = (name: string) => join(h.dataDir, '..', `${name}-${Date.now()}.png`)
    const plain = await maps.heatmapPicture({ bounds, zoom: 15, file: file('plain') })
    expect(plain).toMatchObject({ zonesApplied: 0, hiddenPixels: 0 })
    const zone = maps.addPrivacyZone({ lat: HOME[0], lon: HOME[1], radius: 300 })
    const hidden = await maps.heatmapPicture({ bounds, zoom: 15, file: file('zoned') })
    maps.removePrivacyZone({ id: zone.id })
    expect(hidden.zonesApplied).toBe(1)
    expect(hidden.hiddenPixels).toBeGreaterThan(50)
    const lit = (path: string) => {
      const png = decodePng(readFileSync(path))
      return png.rgba.filter((_, i) => i % 4 === 3 && png.rgba[i] !== 0).length
    }
    expect(lit(hidden.file)).toBe(lit(plain.file) - hidden.hiddenPixels)
    expect(maps.similar({ id: first().id }).length).toBe(2)
  })
})
