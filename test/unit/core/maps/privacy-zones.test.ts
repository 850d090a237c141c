import { describe, expect, it } from 'vitest'
import { METRES_PER_DEGREE, type LatLngPoint } from '../../../../src/main/core/maps/geo'
import {
  isInZone,
  trimStreams,
  trimToZones,
  type PrivacyZone,
} from '../../../../src/main/core/maps/privacy-zones'
import { offset } from '../../../helpers/map-fixtures'

const HOME: PrivacyZone = { id: 1, lat: 48.14, lon: 11.58, radius: 100 }

/** The point `metres` due north of a zone's centre: along a meridian, haversine is R·Δφ. */
function north(zone: PrivacyZone, metres: number): LatLngPoint {
  return [zone.lat + metres / METRES_PER_DEGREE, zone.lon]
}

describe('privacy zones', () => {
  it('leaves out a point 99 m from the centre of a 100 m zone and keeps one at 101 m', () => {
    expect(isInZone(...north(HOME, 99), HOME)).toBe(true)
    expect(isInZone(...north(HOME, 101), HOME)).toBe(false)
    const trim = trimToZones([north(HOME, 99), north(HOME, 101)], [HOME])
    expect([...trim.keep]).toEqual([0, 1])
    expect(trim).toMatchObject({ removed: 1, trimmed: true })
  })

  it('decides at the boundary in every direction, not only along the box edges', () => {
    for (let bearing = 0; bearing < 360; bearing += 10) {
      const [n, e] = [Math.cos((bearing * Math.PI) / 180), Math.sin((bearing * Math.PI) / 180)]
      for (const metres of [99, 101]) {
        // The flat offset is within a few millimetres of the haversine distance at 100 m.
        const [lat, lon] = offset(HOME.lat, HOME.lon, n * metres, e * metres)
        const trim = trimToZones([[lat, lon]], [HOME])
        expect(trim.removed, `${bearing}° ${metres} m`).toBe(metres < 100 ? 1 : 0)
      }
    }
  })

  it('works where meridians converge and across the antimeridian', () => {
    const svalbard: PrivacyZone = { id: 2, lat: 78.2, lon: 15.6, radius: 300 }
    const fiji: PrivacyZone = { id: 3, lat: -17, lon: 179.9995, radius: 200 }
    const trim = trimToZones(
      [
        offset(svalbard.lat, svalbard.lon, 0, 290),
        offset(svalbard.lat, svalbard.lon, 0, 310),
        [-17, -179.9995],
        [-17, -179.99],
      ],
      [svalbard, fiji],
    )
    expect([...trim.keep]).toEqual([0, 1, 0, 1])
  })

  it('ignores zones with no usable centre or radius and keeps points with no position', () => {
    const broken = [
      { ...HOME, radius: -5 },
      { ...HOME, lat: Number.NaN },
    ]
    expect(trimToZones([north(HOME, 10)], broken).trimmed).toBe(false)
    expect(trimToZones([[Number.NaN, 1]], [HOME]).removed).toBe(0)
  })

  it('trims every parallel stream alike and leaves the input unchanged', () => {
    const latlng = [north(HOME, 500), north(HOME, 50), north(HOME, 0), north(HOME, 150)]
    const streams = {
      latlng: latlng as unknown[],
      time: [0, 1, 2, 3],
      distance: [0, 450, 500, 650],
      heartrate: [100, 110, 120, 130],
    }
    const result = trimStreams(streams, [HOME])
    expect(result).toMatchObject({ removed: 2, trimmed: true })
    expect(result.streams).toEqual({
      latlng: [latlng[0], latlng[3]],
      time: [0, 3],
      distance: [0, 650],
      heartrate: [100, 130],
    })
    expect(streams.time).toEqual([0, 1, 2, 3])
  })

  it('hands back the same streams when nothing is trimmed', () => {
    const streams = { latlng: [north(HOME, 500)] as unknown[], time: [0] }
    expect(trimStreams(streams, [HOME])).toEqual({ streams, removed: 0, trimmed: false })
    expect(trimStreams({ time: [0] }, [HOME]).trimmed).toBe(false)
  })

  it('trims a 100,000-point track (a loop through two zones) exactly', () => {
    const zones = [HOME, { id: 9, lat: 48.2, lon: 11.6, radius: 250 }]
    const latlng: LatLngPoint[] = []
    let expected = 0
    for (let i = 0; i < 100_000; i++) {
      const t = (i / 100_000) * 2 * Math.PI
      const point: LatLngPoint = [48.17 + 0.03 * Math.sin(t), 11.59 + 0.02 * Math.cos(3 * t)]
      if (zones.some((z) => isInZone(point[0], point[1], z))) expected++
      latlng.push(point)
    }
    expect(expected).toBeGreaterThan(0)
    expect(trimToZones(latlng, zones).removed).toBe(expected)
  })
})
