import { describe, expect, it } from 'vitest'
import { positionsOf } from '../../../../src/main/core/maps/geo'
import { positionsFromJson } from '../../../../src/main/core/maps/latlng-text'
import { seededRandom } from '../../../helpers/seeded-random'

describe('positionsFromJson', () => {
  it('reads the positions exactly as JSON.parse does, whatever streams come around them', () => {
    const latlng: [number, number][] = [
      [48.137154, 11.576124],
      [-33.9249, 18.4241],
      [1e-7, -179.99999999],
      [0, 0],
      [-1e-9, 5e-324],
      [89.99999999999999, -0.000001],
    ]
    const json = JSON.stringify({ time: [0, 1, 2, 3], latlng, distance: [0, 1.5, 3, 4.5] })
    expect(positionsFromJson(json)).toEqual(positionsOf(latlng))
    expect(positionsFromJson(JSON.stringify({ latlng, time: [1] }))).toEqual(positionsOf(latlng))
  })

  it('gives the very same doubles as JSON.parse at every precision a device or Strava writes', () => {
    const random = seededRandom(17)
    const latlng: [number, number][] = []
    for (let i = 0; i < 20_000; i++) {
      const digits = i % 18
      const lat = (random() - 0.5) * 180
      const lon = (random() - 0.5) * 360
      const round = (v: number) => (digits >= 17 ? v : Number(v.toFixed(digits)))
      latlng.push([round(lat), round(lon)])
    }
    const read = positionsFromJson(JSON.stringify({ latlng })) as Float64Array
    const parsed = positionsOf(JSON.parse(JSON.stringify(latlng)) as [number, number][])
    // Bit for bit: Object.is tells -0 from 0.
    expect(read.length).toBe(parsed.length)
    expect(read.every((value, i) => Object.is(value, parsed[i]))).toBe(true)
  })

  it('turns samples without a position into points that place nothing', () => {
    const json = JSON.stringify({ latlng: [[1, 2], null, [3, null], 7, [4, 5]] })
    const positions = [...(positionsFromJson(json) ?? [])]
    expect(positions.slice(0, 2)).toEqual([1, 2])
    expect(positions.slice(2, 8).every(Number.isNaN)).toBe(true)
    expect(positions.slice(8)).toEqual([4, 5])
  })

  it('gives no points without a latlng stream, and null for text it cannot follow', () => {
    expect(positionsFromJson(JSON.stringify({ time: [1, 2] }))).toEqual(new Float64Array(0))
    expect(positionsFromJson('{"latlng":[[1,2')).toBeNull()
    expect(positionsFromJson('{"latlng":[[1,2,3]]}')).toBeNull()
    expect(positionsFromJson('{"latlng":[["1","2"]]}')).toBeNull()
    expect(positionsFromJson('{"latlng":[{"lat":1}]}')).toBeNull()
  })
})
