import { describe, expect, it } from 'vitest'
import { latlngFromJson } from '../../../../src/main/core/maps/latlng-text'

describe('latlngFromJson', () => {
  it('reads the positions exactly as JSON.parse does, whatever streams come around them', () => {
    const latlng = [
      [48.137154, 11.576124],
      [-33.9249, 18.4241],
      [1e-7, -179.99999999],
      [0, 0],
    ]
    const json = JSON.stringify({ time: [0, 1, 2, 3], latlng, distance: [0, 1.5, 3, 4.5] })
    expect(latlngFromJson(json)).toEqual(latlng)
    expect(latlngFromJson(JSON.stringify({ latlng, time: [1] }))).toEqual(latlng)
  })

  it('turns samples without a position into points that place nothing', () => {
    const json = JSON.stringify({ latlng: [[1, 2], null, [3, null], [4, 5]] })
    const points = latlngFromJson(json)
    expect(points?.[0]).toEqual([1, 2])
    expect(points?.[1]?.every(Number.isNaN)).toBe(true)
    expect(points?.[2]?.every(Number.isNaN)).toBe(true)
    expect(points?.[3]).toEqual([4, 5])
  })

  it('gives no points without a latlng stream, and null for text it cannot follow', () => {
    expect(latlngFromJson(JSON.stringify({ time: [1, 2] }))).toEqual([])
    expect(latlngFromJson('{"latlng":[[1,2')).toBeNull()
  })
})
