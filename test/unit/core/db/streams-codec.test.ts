import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { DamagedStreamsError } from '../../../../src/main/core/db/latlng-bytes'
import {
  decodeStreams,
  encodeStreams,
  storedPositions,
} from '../../../../src/main/core/db/streams-codec'
import type { StreamSet } from '../../../../src/main/core/strava/activity-schemas'
import { seededRandom } from '../../../helpers/seeded-random'

/** A walk at Strava's six decimals, crossing the equator and the date line. */
function stravaWalk(points: number, seed: number): [number, number][] {
  const random = seededRandom(seed)
  let lat = -0.0004
  let lng = 179.9995
  const out: [number, number][] = []
  for (let i = 0; i < points; i++) {
    lat += (random() - 0.4) * 0.0002
    lng += (random() - 0.3) * 0.0002
    if (lng > 180) lng -= 360
    out.push([Math.round(lat * 1e6) / 1e6, Math.round(lng * 1e6) / 1e6])
  }
  return out
}

function streamsWith(latlng: unknown): StreamSet {
  const count = Array.isArray(latlng) ? latlng.length : 3
  return {
    time: Array.from({ length: count }, (_, i) => i),
    latlng: latlng as unknown[],
    heartrate: Array.from({ length: count }, (_, i) => 120 + (i % 7)),
  }
}

const isCompact = (data: Uint8Array) => storedPositions(data) !== null

describe('stored streams', () => {
  it('give back Strava positions bit for bit, in the key order given, from fewer bytes', () => {
    const streams = streamsWith(stravaWalk(3000, 7))
    const data = encodeStreams(streams)
    expect(isCompact(data)).toBe(true)
    const decoded = decodeStreams(data)
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(streams))
    expect(Object.keys(decoded)).toEqual(['time', 'latlng', 'heartrate'])
    const asJson = deflateSync(JSON.stringify(streams), { level: 4 })
    expect(data.length).toBeLessThan(asJson.length)
  })

  it('read positions without the other streams, as JSON.parse reads them', () => {
    const walk = stravaWalk(500, 3)
    const positions = storedPositions(encodeStreams({ latlng: walk }))
    expect(Array.from(positions ?? [])).toEqual(walk.flat())
  })

  it.each([
    ['a watch file’s finer positions', [[47.12345678901, 8.5]]],
    ['a point that is not a pair', [[47.1, 8.5], [47.2]]],
    ['a missing position', [[47.1, 8.5], null]],
    ['a position out of range', [[1000, 8.5]]],
    ['text for a number', [['47.1', 8.5]]],
  ])('keep %s exactly, in the JSON form', (_, latlng) => {
    const streams = streamsWith(latlng)
    const data = encodeStreams(streams)
    expect(isCompact(data)).toBe(false)
    expect(decodeStreams(data)).toEqual(streams)
  })

  it('read rows written before the compact form', () => {
    const streams = streamsWith(stravaWalk(10, 1))
    const legacy = deflateSync(JSON.stringify(streams))
    expect(storedPositions(legacy)).toBeNull()
    expect(decodeStreams(legacy)).toEqual(streams)
  })

  it('keep an empty latlng stream and sets without one', () => {
    for (const streams of [streamsWith([]), { time: [1, 2], distance: [0, 3.5] }]) {
      expect(decodeStreams(encodeStreams(streams))).toEqual(streams)
    }
  })

  it('refuse a damaged or forged row instead of reading part of it', () => {
    // 100 points: the header is the magic, one byte of count, one of key place, then the length.
    const data = encodeStreams(streamsWith(stravaWalk(100, 5)))
    expect(data[4]).toBe(100)
    const truncated = data.subarray(0, 60)
    const claimsMore = Buffer.from(data)
    claimsMore[4] = 127
    const wrongLength = Buffer.from(data)
    wrongLength[6] = (wrongLength[6] as number) - 1
    const notDeflate = Buffer.from([0x78, 0x9c, 1, 2, 3])
    for (const damaged of [truncated, claimsMore, wrongLength, notDeflate]) {
      expect(() => decodeStreams(damaged)).toThrow(DamagedStreamsError)
    }
  })
})
