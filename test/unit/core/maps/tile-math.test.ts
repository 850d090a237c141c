import { describe, expect, it } from 'vitest'
import {
  MAX_LATITUDE,
  MAX_TILE_ZOOM,
  tileAt,
  tileBounds,
  tileFromKey,
  tileKey,
  worldPixel,
} from '../../../../src/main/core/maps/tile-math'

describe('tileAt', () => {
  // The OSM wiki's Slippy_map_tilenames Java example point (47.968056 N, 7.909167 E, zoom 10),
  // evaluated with the wiki's own formula x = ⌊(lon+180)/360·2^z⌋,
  // y = ⌊(1 − ln(tan φ + sec φ)/π)/2·2^z⌋; the Brandenburg Gate, Berlin, likewise.
  it.each([
    [47.968056, 7.909167, 10, 534, 356],
    [47.968056, 7.909167, 14, 8551, 5697],
    [47.968056, 7.909167, 17, 68415, 45579],
    [52.516275, 13.377704, 14, 8800, 5373],
    [52.516275, 13.377704, 17, 70406, 42987],
    [-33.856784, 151.215297, 14, 15073, 9831],
  ])('puts %f, %f at zoom %i in tile %i/%i', (lat, lon, z, x, y) => {
    expect(tileAt(lat, lon, z)).toEqual({ z, x, y })
  })

  it('clamps the poles and the antimeridian into the map', () => {
    expect(tileAt(89.9, -180, 3)).toEqual({ z: 3, x: 0, y: 0 })
    expect(tileAt(-89.9, 180, 3)).toEqual({ z: 3, x: 7, y: 7 })
    expect(tileAt(MAX_LATITUDE, 0, 0)).toEqual({ z: 0, x: 0, y: 0 })
  })

  it('numbers the four zoom-1 quadrants from the north-west', () => {
    expect(tileAt(10, -10, 1)).toEqual({ z: 1, x: 0, y: 0 })
    expect(tileAt(10, 10, 1)).toEqual({ z: 1, x: 1, y: 0 })
    expect(tileAt(-10, -10, 1)).toEqual({ z: 1, x: 0, y: 1 })
    expect(tileAt(-10, 10, 1)).toEqual({ z: 1, x: 1, y: 1 })
  })
})

describe('worldPixel and tileBounds', () => {
  it('puts the null island at the centre of the world image', () => {
    expect(worldPixel(0, 0, 0)).toEqual({ x: 128, y: 128 })
    expect(worldPixel(0, 0, 2)).toEqual({ x: 512, y: 512 })
  })

  it('puts the map edges at ±180° and ±85.0511°', () => {
    const world = tileBounds(0, 0, 0)
    expect(world.west).toBe(-180)
    expect(world.east).toBe(180)
    expect(world.north).toBeCloseTo(MAX_LATITUDE, 10)
    expect(world.south).toBeCloseTo(-MAX_LATITUDE, 10)
  })

  it('gives bounds that hold the point the tile was computed from', () => {
    const { z, x, y } = tileAt(52.516275, 13.377704, 17)
    const b = tileBounds(z, x, y)
    expect(b.south).toBeLessThan(52.516275)
    expect(b.north).toBeGreaterThan(52.516275)
    expect(b.west).toBeLessThan(13.377704)
    expect(b.east).toBeGreaterThan(13.377704)
    const pixel = worldPixel(b.north, b.west, 17)
    expect(pixel.x).toBeCloseTo(x * 256, 6)
    expect(pixel.y).toBeCloseTo(y * 256, 6)
  })
})

describe('tileKey', () => {
  it('round-trips tiles at every zoom, corners included', () => {
    for (let z = 0; z <= MAX_TILE_ZOOM; z++) {
      const last = 2 ** z - 1
      for (const [x, y] of [
        [0, 0],
        [last, 0],
        [0, last],
        [last, last],
        [Math.floor(last / 3), Math.floor(last / 7)],
      ] as const) {
        const key = tileKey(z, x, y)
        expect(Number.isSafeInteger(key), `${z}/${x}/${y}`).toBe(true)
        expect(tileFromKey(key), `${z}/${x}/${y}`).toEqual({ z, x, y })
      }
    }
  })

  it('gives every tile of the low zooms its own consecutive key', () => {
    const keys: number[] = []
    for (let z = 0; z <= 3; z++) {
      for (let y = 0; y < 2 ** z; y++) for (let x = 0; x < 2 ** z; x++) keys.push(tileKey(z, x, y))
    }
    expect(keys).toEqual(keys.map((_, i) => i))
  })

  it('puts the east neighbour at key + 1 and the south neighbour at key + 2^z', () => {
    const key = tileKey(17, 70406, 42987)
    expect(tileFromKey(key + 1)).toEqual({ z: 17, x: 70407, y: 42987 })
    expect(tileFromKey(key + 2 ** 17)).toEqual({ z: 17, x: 70406, y: 42988 })
  })

  it.each([
    [-1, 0, 0],
    [27, 0, 0],
    [2, 4, 0],
    [2, 0, -1],
    [2, 0.5, 0],
  ])('refuses tile %i/%d/%d', (z, x, y) => {
    expect(() => tileKey(z, x, y)).toThrow(RangeError)
  })

  it('refuses keys that name no tile', () => {
    for (const key of [-1, 0.5, 2 ** 53]) expect(() => tileFromKey(key), String(key)).toThrow()
  })
})
