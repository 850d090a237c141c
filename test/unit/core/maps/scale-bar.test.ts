import { describe, expect, it } from 'vitest'
import {
  metresPerPixel,
  roundLengthBelow,
  scaleBar,
} from '../../../../src/main/core/maps/scale-bar'

describe('metresPerPixel', () => {
  // The OSM wiki's Zoom_levels table: 156 543.03 m a pixel at zoom 0 on the equator, halving
  // with each zoom and shrinking with the cosine of the latitude.
  it('matches the OSM wiki zoom-level table', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543.03, 2)
    expect(metresPerPixel(0, 17)).toBeCloseTo(1.194, 3)
    expect(metresPerPixel(60, 17)).toBeCloseTo(0.597, 3)
    expect(metresPerPixel(0, 0, 512)).toBeCloseTo(78_271.52, 2)
  })
})

describe('roundLengthBelow', () => {
  it.each([
    [1, 1],
    [1.99, 1],
    [2, 2],
    [4.9, 2],
    [5, 5],
    [9.99, 5],
    [10, 10],
    [740, 500],
    [0.37, 0.2],
    [0.06, 0.05],
  ])('%d becomes %d', (value, round) => {
    expect(roundLengthBelow(value)).toBe(round)
  })
})

describe('scaleBar', () => {
  it('picks metres or kilometres and a bar that fits', () => {
    // About 2.4 m a pixel at 0°, zoom 16: 100 px of room is 239 m.
    expect(scaleBar(0, 16, 100)).toMatchObject({
      length: 200,
      unit: 'm',
      label: '200 m',
      pixels: 84,
    })
    // Zoom 10 at 0°: 152.9 m a pixel, 100 px is 15.3 km.
    expect(scaleBar(0, 10, 100)).toMatchObject({ length: 10, unit: 'km', label: '10 km' })
  })

  it('picks feet or miles for imperial', () => {
    expect(scaleBar(0, 16, 100, 'imperial')).toMatchObject({ length: 500, unit: 'ft' })
    expect(scaleBar(0, 10, 100, 'imperial')).toMatchObject({ length: 5, unit: 'mi' })
  })

  it('never makes a bar wider than the room', () => {
    for (let zoom = 0; zoom <= 20; zoom++) {
      for (const lat of [0, 45, 70]) {
        for (const units of ['metric', 'imperial'] as const) {
          const bar = scaleBar(lat, zoom, 120, units)
          expect(bar.pixels, `${zoom} ${lat} ${units}`).toBeLessThanOrEqual(120)
          // Round lengths step by at most 2.5 times, so the bar fills at least 40 % of the room.
          expect(bar.pixels, `${zoom} ${lat} ${units}`).toBeGreaterThanOrEqual(47)
        }
      }
    }
  })
})
