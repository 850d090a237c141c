import { describe, expect, it } from 'vitest'
import type { LatLngPoint } from '../../../../src/main/core/maps/geo'
import { BREAK } from '../../../../src/main/core/maps/heat-polyline'
import {
  HEAT_LOD_ZOOMS,
  HEAT_WORLD_ZOOM,
  lodForZoom,
  projectTrack,
  type ProjectedTrack,
} from '../../../../src/main/core/maps/heat-track'
import {
  decodeProjectedTrack,
  encodeProjectedTrack,
} from '../../../../src/main/core/maps/heat-track-codec'
import { simplifyPolyline } from '../../../../src/main/core/maps/simplify-track'
import { worldPixel } from '../../../../src/main/core/maps/tile-math'
import { pathTrack, seededRandom } from '../../../helpers/map-fixtures'

function level(track: ProjectedTrack, i: number): Int32Array {
  return track.coords.subarray(2 * (track.pointStarts[i] ?? 0), 2 * (track.pointStarts[i + 1] ?? 0))
}

function distanceToPolyline(line: Int32Array, px: number, py: number): number {
  let best = Infinity
  for (let i = 0; i + 3 < line.length; i += 2) {
    const [ax, ay, bx, by] = [line[i], line[i + 1], line[i + 2], line[i + 3]].map(
      (v) => v ?? 0,
    ) as [number, number, number, number]
    const [dx, dy] = [bx - ax, by - ay]
    const lengthSq = dx * dx + dy * dy
    const t =
      lengthSq > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq)) : 0
    best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py))
  }
  return best
}

/** A wandering GPS-like track: 3,000 points, about 5 m apart, with a metre of noise. */
function wanderingTrack(seed: number): LatLngPoint[] {
  const random = seededRandom(seed)
  const points: LatLngPoint[] = []
  let [lat, lon, heading] = [48.14, 11.58, 0]
  for (let i = 0; i < 3000; i++) {
    heading += (random() - 0.5) * 0.3
    lat += (5 * Math.cos(heading)) / 111_195 + (random() - 0.5) * 1e-5
    lon += (5 * Math.sin(heading)) / 74_000 + (random() - 0.5) * 1.5e-5
    points.push([lat, lon])
  }
  return points
}

describe('simplifyPolyline', () => {
  it('reduces a straight line to its ends', () => {
    const line = Int32Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? i * 10 : 500))
    expect([...simplifyPolyline(line, 1)]).toEqual([0, 500, 1980, 500])
  })

  it('keeps a corner sharper than the tolerance and drops one within it', () => {
    expect(simplifyPolyline(Int32Array.of(0, 0, 50, 5, 100, 0), 4)).toHaveLength(6)
    expect(simplifyPolyline(Int32Array.of(0, 0, 50, 3, 100, 0), 4)).toHaveLength(4)
  })
})

describe('projectTrack', () => {
  const latlng = wanderingTrack(3)
  const track = projectTrack(latlng)

  it('keeps every recorded point within about one pixel of each level', () => {
    HEAT_LOD_ZOOMS.forEach((zoom, i) => {
      const pixel = 2 ** (HEAT_WORLD_ZOOM - zoom)
      const simplified = level(track, i)
      let worst = 0
      for (const [lat, lon] of latlng) {
        const p = worldPixel(lat, lon, HEAT_WORLD_ZOOM)
        worst = Math.max(worst, distanceToPolyline(simplified, p.x, p.y))
      }
      expect(worst / pixel, `level z${zoom}`).toBeLessThanOrEqual(2)
    })
  })

  it('keeps fewer points at each coarser level', () => {
    const counts = HEAT_LOD_ZOOMS.map((_, i) => level(track, i).length / 2)
    expect(counts[0]).toBeLessThan(latlng.length)
    for (let i = 1; i < counts.length; i++)
      expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] ?? 0)
    expect(counts.at(-1)).toBeLessThan(latlng.length / 20)
  })

  it('bounds the track in zoom-20 world pixels', () => {
    const xs = latlng.map(([lat, lon]) => worldPixel(lat, lon, HEAT_WORLD_ZOOM).x)
    expect(track.minX).toBeCloseTo(Math.min(...xs), -1)
    expect(track.maxX).toBeCloseTo(Math.max(...xs), -1)
  })

  it('breaks the line where it crosses the antimeridian', () => {
    const crossing = projectTrack(
      pathTrack(
        [-17, 179.99],
        [
          [0, 0],
          [4000, 0],
        ],
        50,
      ),
    )
    const finest = level(crossing, 0)
    expect([...finest].filter((v) => v === BREAK)).toHaveLength(2)
  })

  it('gives an empty box and no points for a track with no valid point', () => {
    const empty = projectTrack([[Number.NaN, 0]])
    expect(empty.minX).toBeGreaterThan(empty.maxX)
    expect(empty.coords).toHaveLength(0)
  })
})

describe('lodForZoom', () => {
  it('picks the coarsest level still within a pixel at the zoom drawn, the finest beyond', () => {
    const zooms = [0, 8, 9, 12, 13, 15, 16, 20].map((z) => HEAT_LOD_ZOOMS[lodForZoom(z)])
    expect(zooms).toEqual([8, 8, 10, 12, 13, 15, 15, 15])
  })
})

describe('projected track bytes', () => {
  it('round-trips a prepared track', () => {
    const track = projectTrack(wanderingTrack(5))
    expect(decodeProjectedTrack(encodeProjectedTrack(track))).toEqual(track)
    const empty = projectTrack([])
    expect(decodeProjectedTrack(encodeProjectedTrack(empty))).toEqual(empty)
    const acrossTheDateLine = projectTrack([
      [-16.5, 179.7],
      [-16.6, 179.9],
      [-16.7, -179.9],
      [-16.8, -179.6],
    ])
    expect(acrossTheDateLine.coords).toContain(BREAK)
    expect(decodeProjectedTrack(encodeProjectedTrack(acrossTheDateLine))).toEqual(acrossTheDateLine)
  })

  it('reads bytes of another format or damaged bytes as stale', () => {
    const bytes = encodeProjectedTrack(projectTrack(wanderingTrack(6)))
    const otherFormat = bytes.slice()
    otherFormat[0] = 99
    expect(decodeProjectedTrack(otherFormat)).toBeNull()
    expect(decodeProjectedTrack(bytes.subarray(0, bytes.length - 4))).toBeNull()
    expect(decodeProjectedTrack(new Uint8Array(3))).toBeNull()
    // A header claiming millions of points over a few bytes of body: refused before sizing.
    const forged = bytes.slice()
    const view = new DataView(forged.buffer)
    const lastPointStart = 3 + HEAT_LOD_ZOOMS.length + 4 + HEAT_LOD_ZOOMS.length
    view.setInt32(4 * lastPointStart, 50_000_000, true)
    expect(decodeProjectedTrack(forged)).toBeNull()
    // A body cut short or with bytes to spare reads as damaged, never as a shorter track.
    expect(decodeProjectedTrack(Uint8Array.of(...bytes, 1))).toBeNull()
  })
})

describe('coarseLevels', () => {
  it('draws every tile up to zoom 14 exactly as the whole track does, from fewer points', async () => {
    const { coarseLevels, projectTrack } = await import('../../../../src/main/core/maps/heat-track')
    const { encodeProjectedTrack, decodeProjectedTrack } =
      await import('../../../../src/main/core/maps/heat-track-codec')
    const { renderHeatTile } = await import('../../../../src/main/core/maps/heatmap-raster')
    const { tileAt } = await import('../../../../src/main/core/maps/tile-math')
    const track: [number, number][] = []
    for (let i = 0; i < 3000; i++) {
      track.push([48.1 + 0.00004 * i + 0.0003 * Math.sin(i / 7), 11.5 + 0.00006 * i])
    }
    const whole = projectTrack(track)
    const coarse = decodeProjectedTrack(encodeProjectedTrack(coarseLevels(whole)))
    if (!coarse) throw new Error('the coarse track did not read back')
    expect(coarse.coords.length).toBeLessThan(whole.coords.length * 0.6)
    for (const z of [8, 11, 13, 14]) {
      const { x, y } = tileAt(48.13, 11.545, z)
      expect(renderHeatTile([coarse], z, x, y), `zoom ${z}`).toEqual(
        renderHeatTile([whole], z, x, y),
      )
    }
  })
})
