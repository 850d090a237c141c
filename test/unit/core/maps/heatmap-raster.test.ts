import { describe, expect, it } from 'vitest'
import type { LatLngPoint } from '../../../../src/main/core/maps/geo'
import { HEAT_PALETTE, heatLevel } from '../../../../src/main/core/maps/heat-palette'
import { projectTrack } from '../../../../src/main/core/maps/heat-track'
import { buildHeatPack } from '../../../../src/main/core/maps/heat-pack'
import { heatDensityTask, heatTileTask } from '../../../../src/main/core/maps/heat-tile-task'
import { encodeProjectedTrack } from '../../../../src/main/core/maps/heat-track-codec'
import {
  heatDensity,
  packDensity,
  renderHeatTile,
  tracksInTile,
} from '../../../../src/main/core/maps/heatmap-raster'
import { tileAt, tileBounds, worldPixel } from '../../../../src/main/core/maps/tile-math'
import { seededRandom } from '../../../helpers/seeded-random'
import { decodePng } from './png-decode'

const Z = 14
const { x: TX, y: TY } = tileAt(52.516275, 13.377704, Z)
const BOUNDS = tileBounds(Z, TX, TY)
/** A latitude 100.5 pixels down the tile, so the row is clear of float doubt. */
const ROW_LAT = latitudeAtRow(100.5)

function latitudeAtRow(row: number): number {
  let [north, south] = [BOUNDS.north, BOUNDS.south]
  for (let i = 0; i < 60; i++) {
    const mid = (north + south) / 2
    if (worldPixel(mid, BOUNDS.west, Z).y - TY * 256 < row) north = mid
    else south = mid
  }
  return (north + south) / 2
}

function lonAtColumn(column: number): number {
  return BOUNDS.west + ((BOUNDS.east - BOUNDS.west) * column) / 256
}

/** A west-to-east track along ROW_LAT from column a to column b, 20 points a pixel. */
function horizontalTrack(a: number, b: number): LatLngPoint[] {
  const points: LatLngPoint[] = []
  for (let c = a; c <= b; c += 0.05) points.push([ROW_LAT, lonAtColumn(c)])
  return points
}

function litPixels(density: Float32Array): number[] {
  return [...density.keys()].filter((i) => (density[i] ?? 0) > 0)
}

describe('heatDensity', () => {
  it('lights one row of pixels for a horizontal track, once per activity', () => {
    const density = heatDensity([projectTrack(horizontalTrack(20.5, 200.5))], Z, TX, TY)
    const lit = litPixels(density)
    expect(lit.map((i) => Math.floor(i / 256)).every((row) => row === 100)).toBe(true)
    expect(lit.map((i) => i % 256)).toEqual(Array.from({ length: 181 }, (_, k) => 20 + k))
    expect(lit.every((i) => density[i] === 1)).toBe(true)
  })

  it('counts an out-and-back activity once on the pixels it passed twice', () => {
    const outAndBack = [...horizontalTrack(20.5, 120.5), ...horizontalTrack(20.5, 120.5).reverse()]
    const density = heatDensity([projectTrack(outAndBack)], Z, TX, TY)
    expect(litPixels(density)).toHaveLength(101)
    expect(litPixels(density).every((i) => density[i] === 1)).toBe(true)
  })

  it('counts each activity crossing a pixel', () => {
    const track = projectTrack(horizontalTrack(10.5, 100.5))
    const density = heatDensity([track, track, track], Z, TX, TY)
    expect(density[100 * 256 + 50]).toBe(3)
  })

  it('continues a line across the tile edge without a gap', () => {
    const track = projectTrack(horizontalTrack(200.5, 300.5))
    const left = heatDensity([track], Z, TX, TY)
    const right = heatDensity([track], Z, TX + 1, TY)
    expect(left[100 * 256 + 255]).toBe(1)
    expect(right[100 * 256 + 0]).toBe(1)
    expect(litPixels(right).at(-1)).toBe(100 * 256 + 44)
  })

  it('draws at low zoom from a coarse level without walking off the row', () => {
    const density = heatDensity(
      [projectTrack(horizontalTrack(0.5, 255.5))],
      Z - 4,
      TX >> 4,
      TY >> 4,
    )
    expect(litPixels(density)).toHaveLength(16)
  })

  it('does not draw a line across the world where a track crosses the antimeridian', () => {
    const pacific = projectTrack([
      [-17, 179.5],
      [-17, 179.9],
      [-17, -179.9],
      [-17, -179.5],
    ])
    const world = heatDensity([pacific], 0, 0, 0)
    expect(litPixels(world).map((i) => i % 256)).toEqual([0, 255])
  })
})

describe('renderHeatTile', () => {
  it('encodes a 256 × 256 PNG whose lit pixels are the track and the rest transparent', () => {
    const png = renderHeatTile([projectTrack(horizontalTrack(20.5, 200.5))], Z, TX, TY)
    const image = decodePng(png)
    expect(image).toMatchObject({ width: 256, height: 256 })
    expect(image.chunks).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND'])
    const alphaAt = (row: number, column: number) => image.rgba[(row * 256 + column) * 4 + 3]
    expect(alphaAt(100, 20)).toBeGreaterThan(100)
    expect(alphaAt(100, 19)).toBe(0)
    expect(alphaAt(99, 50)).toBe(0)
    let opaque = 0
    for (let i = 3; i < image.rgba.length; i += 4) if (image.rgba[i] !== 0) opaque++
    expect(opaque).toBe(181)
  })

  it.each([
    [21, 0, 0],
    [-1, 0, 0],
    [2, 4, 0],
    [2, 0, 1.5],
  ])('refuses tile %i/%d/%d', (z, x, y) => {
    expect(() => renderHeatTile([], z, x, y)).toThrow(RangeError)
  })

  it('gives a fully transparent tile where no track goes', () => {
    const elsewhere = projectTrack(horizontalTrack(20.5, 200.5))
    for (const tracks of [[], [elsewhere]]) {
      const image = decodePng(renderHeatTile(tracks, Z, TX + 5, TY))
      expect(image).toMatchObject({ width: 256, height: 256 })
      expect(image.rgba.every((value, i) => i % 4 !== 3 || value === 0)).toBe(true)
    }
  })

  it('colours busier pixels higher on the scale', () => {
    const once = projectTrack(horizontalTrack(10.5, 60.5))
    const busy = projectTrack(horizontalTrack(100.5, 150.5))
    const image = decodePng(renderHeatTile([once, ...Array(20).fill(busy)], Z, TX, TY))
    const colour = (column: number) => [
      ...image.rgba.subarray((100 * 256 + column) * 4, (100 * 256 + column) * 4 + 4),
    ]
    const [quiet, loud] = [colour(30), colour(120)]
    const brightness = (c: number[]) => (c[0] ?? 0) + (c[1] ?? 0) + (c[2] ?? 0)
    expect(brightness(loud)).toBeGreaterThan(brightness(quiet))
    expect(loud[3]).toBeGreaterThanOrEqual(quiet[3] ?? 0)
  })
})

describe('tracksInTile', () => {
  it('keeps the tracks whose box meets the tile', () => {
    const here = projectTrack(horizontalTrack(20.5, 200.5))
    const east = projectTrack(horizontalTrack(300.5, 400.5))
    expect(tracksInTile([here, east], Z, TX, TY)).toEqual([here])
    expect(tracksInTile([here, east], Z, TX + 1, TY)).toEqual([east])
    expect(tracksInTile([here, east], Z - 1, TX >> 1, TY >> 1)).toHaveLength(2)
  })
})

describe('heat palette', () => {
  it('keeps entry 0 transparent and every other entry visible', () => {
    expect(HEAT_PALETTE[3]).toBe(0)
    for (let i = 1; i < 256; i++) expect(HEAT_PALETTE[i * 4 + 3], String(i)).toBeGreaterThan(100)
  })

  it('maps counts on a log scale from 1 (first entry) to the saturation (last)', () => {
    expect(heatLevel(0, 100)).toBe(0)
    expect(heatLevel(1, 100)).toBeGreaterThanOrEqual(1)
    expect(heatLevel(100, 100)).toBe(255)
    expect(heatLevel(5000, 100)).toBe(255)
    const levels = [1, 2, 5, 10, 20, 50].map((count) => heatLevel(count, 100))
    expect(levels).toEqual([...levels].sort((a, b) => a - b))
    // Log scale: 1 → 10 climbs as far as 10 → 100.
    expect(heatLevel(10, 100) - heatLevel(1, 100)).toBeGreaterThan(80)
  })
})

describe('a heatmap pack', () => {
  /** Wandering tracks around the test tile, some crossing it, stored and packed as the app does. */
  async function packed() {
    const random = seededRandom(21)
    const tracks = Array.from({ length: 30 }, () => {
      let lat = ROW_LAT + (random() - 0.5) * 0.02
      let lon = lonAtColumn(128) + (random() - 0.5) * 0.03
      return projectTrack(
        Array.from({ length: 300 }, (): LatLngPoint => {
          lat += (random() - 0.5) * 0.0004
          lon += (random() - 0.5) * 0.0004
          return [lat, lon]
        }),
      )
    })
    const rows = tracks.map((track, i) => ({ id: i + 1, heat: encodeProjectedTrack(track) }))
    return { tracks, pack: (await buildHeatPack('v', rows)).pack }
  }

  it('draws the same tiles as its tracks, all of them or a filter’s members, at every level', async () => {
    const { tracks, pack } = await packed()
    const members = Int32Array.from([1, 4, 5, 17, 29])
    for (const z of [10, 12, 13, 14, 15, 16, 17]) {
      const [px, py] = z <= Z ? [TX >> (Z - z), TY >> (Z - z)] : [TX << (z - Z), TY << (z - Z)]
      const all = heatTileTask({ pack, members: null, z, x: px, y: py, saturation: 10 })
      expect(all).toEqual(renderHeatTile(tracks, z, px, py, { saturation: 10 }))
      const some = heatTileTask({ pack, members, z, x: px, y: py, saturation: 10 })
      const chosen = Array.from(members, (i) => tracks[i] as (typeof tracks)[number])
      expect(some).toEqual(renderHeatTile(chosen, z, px, py, { saturation: 10 }))
    }
    expect(litPixels(packDensity(pack, null, Z, TX, TY)).length).toBeGreaterThan(100)
  })

  it('adds up to the whole tile from shares of its tracks drawn apart', async () => {
    const { pack } = await packed()
    const members = Int32Array.from([0, 2, 3, 7, 11, 12, 19, 25, 28])
    for (const list of [null, members]) {
      const count = list ? list.length : pack.count
      const whole = packDensity(pack, list, Z, TX, TY)
      const sum = new Float32Array(whole.length)
      const shares: [number, number][] = [
        [0, 4],
        [4, count],
      ]
      for (const [from, to] of shares) {
        const part = heatDensityTask({ pack, members: list, z: Z, x: TX, y: TY, from, to })
        part.forEach((value, i) => (sum[i] = (sum[i] ?? 0) + value))
      }
      expect(Array.from(sum)).toEqual(Array.from(whole))
      expect(litPixels(whole).length).toBeGreaterThan(0)
    }
  })
})
