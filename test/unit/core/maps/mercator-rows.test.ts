import { describe, expect, it } from 'vitest'
import {
  MercatorRows,
  WORLD_PIXELS,
  worldPixelOf,
} from '../../../../src/main/core/maps/mercator-rows'
import { latitudeOf, mercatorY } from '../../../../src/main/core/maps/tile-math'
import { seededRandom } from '../../../helpers/seeded-random'

const exactRow = (lat: number) => worldPixelOf(mercatorY(lat))

/** Rows that differ from the exact ones, as "latitude: stepped vs exact". */
function mismatches(latitudes: Iterable<number>): string[] {
  const rows = new MercatorRows()
  const wrong: string[] = []
  for (const lat of latitudes) {
    const row = rows.row(lat)
    if (row !== exactRow(lat)) wrong.push(`${lat}: ${row} vs ${exactRow(lat)}`)
  }
  return wrong
}

/** A GPS-like walk in latitude: steps of up to `step` degrees, now and then a jump. */
function* walk(start: number, points: number, step: number, seed: number): Generator<number> {
  const random = seededRandom(seed)
  let lat = start
  for (let i = 0; i < points; i++) {
    lat += (random() - 0.5) * step
    if (random() < 0.001) lat += (random() - 0.5) * 0.1
    yield Math.round(lat * 1e6) / 1e6
  }
}

describe('stepped Mercator rows', () => {
  it.each([0, 12.5, 47.37, -33.9, 64.1, 74.99, 75.01, 84.9, 85.06, -85.1])(
    'are the exact rows along a track near %s°',
    (start) => {
      expect(mismatches(walk(start, 100_000, 0.0002, Math.round(start * 100)))).toEqual([])
    },
  )

  it('are the exact rows for latitudes on and a hair either side of pixel edges', () => {
    const random = seededRandom(11)
    const latitudes: number[] = []
    let lat = 47.37
    for (let i = 0; i < 20_000; i++) {
      lat += (random() - 0.5) * 0.001
      // The latitude of the nearest pixel edge, then the doubles just beside it.
      const edge = latitudeOf(Math.round(mercatorY(lat) * WORLD_PIXELS) / WORLD_PIXELS)
      latitudes.push(edge, edge + 1e-13, edge - 1e-13, edge + 1e-15, edge - 1e-15)
    }
    expect(mismatches(latitudes)).toEqual([])
  })

  it('handle the far north and south, and anything that is not a latitude, as mercatorY does', () => {
    expect(mismatches([89.9, 90, -90, 85.05112878, 0, -0, 1e-300, 75, 75.002, 74.998])).toEqual([])
  })
})
