import { describe, expect, it } from 'vitest'
import { haversineMetres, type LatLngPoint } from '../../../../src/main/core/maps/geo'
import { createRouteIndex } from '../../../../src/main/core/maps/route-index'
import { summarizeRoute } from '../../../../src/main/core/maps/route-summary'
import {
  findSimilarRoutes,
  isSameRoute,
  type RouteTrack,
} from '../../../../src/main/core/maps/similar-routes'
import { pathTrack } from '../../../helpers/map-fixtures'

const MUNICH: LatLngPoint = [48.14, 11.58]
/** A 10 km point-to-point route: 3 km east, 4 km north, 3 km east. */
const ROUTE: [number, number][] = [
  [0, 0],
  [3000, 0],
  [3000, 4000],
  [6000, 4000],
]

function lengthOf(track: LatLngPoint[]): number {
  let total = 0
  for (let i = 1; i < track.length; i++) {
    const [a, b] = [track[i - 1] ?? [0, 0], track[i] ?? [0, 0]]
    total += haversineMetres(a[0], a[1], b[0], b[1])
  }
  return total
}

let nextId = 1
function activity(latlng: LatLngPoint[], distance = lengthOf(latlng)): RouteTrack {
  const route = summarizeRoute(nextId++, latlng, distance)
  if (!route) throw new Error('no points')
  return { route, latlng }
}

/** The route with a stretch from 1 km to 2 km moved `metres` to the south. */
function detour(metres: number): [number, number][] {
  return [[0, 0], [1000, 0], [1000, -metres], [2000, -metres], [2000, 0], ...ROUTE.slice(1)]
}

/** The route with its 3 km first leg zigzagging so that the whole is `factor` times longer. */
function zigzag(factor: number): [number, number][] {
  const firstLeg = (factor * 10_000 - 7000) / 3000
  const swing = Math.sqrt((50 * firstLeg) ** 2 - 50 ** 2)
  const legs: [number, number][] = []
  for (let x = 0; x < 3000; x += 100) legs.push([x, 0], [x + 50, swing])
  return [...legs, ...ROUTE.slice(1)]
}

const reference = activity(pathTrack(MUNICH, ROUTE, 5))

describe('isSameRoute', () => {
  it('matches the same route recorded again with other sampling and GPS wobble', () => {
    const again = pathTrack(MUNICH, ROUTE, 7).map(([lat, lon], i): LatLngPoint => [
      lat + 0.00012 * Math.sin(i / 9),
      lon,
    ])
    expect(isSameRoute(reference, activity(again))).toBe(true)
    expect(isSameRoute(activity(again), reference)).toBe(true)
  })

  it('does not match the same route ridden the other way', () => {
    const reversed = activity([...reference.latlng].reverse())
    expect(isSameRoute(reference, reversed)).toBe(false)
  })

  it('keeps a 90 m detour and rejects a 150 m one', () => {
    expect(isSameRoute(reference, activity(pathTrack(MUNICH, detour(90))))).toBe(true)
    expect(isSameRoute(reference, activity(pathTrack(MUNICH, detour(150))))).toBe(false)
    expect(isSameRoute(activity(pathTrack(MUNICH, detour(150))), reference)).toBe(false)
  })

  it('rejects a track 15 % longer along the same corridor and keeps one 5 % longer', () => {
    const longer = activity(pathTrack(MUNICH, zigzag(1.15), 5))
    const bitLonger = activity(pathTrack(MUNICH, zigzag(1.05), 5))
    expect(longer.route.distance / reference.route.distance).toBeCloseTo(1.15, 2)
    expect(bitLonger.route.distance / reference.route.distance).toBeCloseTo(1.05, 2)
    expect(isSameRoute(reference, longer)).toBe(false)
    expect(isSameRoute(reference, bitLonger)).toBe(true)
  })

  it('rejects a start 250 m away even when the rest follows', () => {
    const late = activity(pathTrack(MUNICH, [[250, 0], ...ROUTE.slice(1)]), 10_000)
    expect(isSameRoute(reference, late)).toBe(false)
  })

  it('matches across the antimeridian', () => {
    const fiji: LatLngPoint = [-17, 179.99]
    const a = activity(
      pathTrack(
        fiji,
        [
          [0, 0],
          [4000, 0],
          [4000, 1000],
        ],
        5,
      ),
    )
    const b = activity(
      pathTrack(
        fiji,
        [
          [0, 30],
          [4000, 30],
          [4000, 1000],
        ],
        8,
      ),
    )
    expect(a.latlng.some(([, lon]) => lon < 0)).toBe(true)
    expect(isSameRoute(a, b)).toBe(true)
  })

  describe('direction', () => {
    const loop: [number, number][] = [
      [0, 0],
      [2000, 0],
      [2000, 2000],
      [0, 2000],
      [0, 0],
    ]
    const forward = activity(pathTrack(MUNICH, loop))

    it('tells a loop ridden the other way round from the same loop', () => {
      const backward = activity([...forward.latlng].reverse())
      expect(isSameRoute(forward, backward)).toBe(false)
      expect(isSameRoute(backward, forward)).toBe(false)
    })

    it('matches the same loop ridden the same way, with other GPS samples, from either side', () => {
      const again = activity(pathTrack(MUNICH, loop, 7))
      expect(isSameRoute(forward, again)).toBe(true)
      expect(isSameRoute(again, forward)).toBe(true)
    })

    it('matches an out-and-back with itself whichever end is read first', () => {
      const outAndBack = activity(
        pathTrack(MUNICH, [
          [0, 0],
          [3000, 0],
          [0, 0],
        ]),
      )
      expect(isSameRoute(outAndBack, activity([...outAndBack.latlng].reverse()))).toBe(true)
    })

    it('matches two laps of a loop with two laps, not with two laps the other way', () => {
      const twoLaps = activity(pathTrack(MUNICH, [...loop, ...loop.slice(1)]))
      const twoLapsAgain = activity(pathTrack(MUNICH, [...loop, ...loop.slice(1)], 6))
      expect(isSameRoute(twoLaps, twoLapsAgain)).toBe(true)
      expect(isSameRoute(twoLaps, activity([...twoLapsAgain.latlng].reverse()))).toBe(false)
    })
  })
})

describe('findSimilarRoutes', () => {
  it('returns only the matching activities among many sharing the start', () => {
    const same = [5, 6, 7].map((step) => activity(pathTrack(MUNICH, ROUTE, step)))
    const others = [
      activity(pathTrack(MUNICH, detour(150))),
      activity([...reference.latlng].reverse()),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((k) =>
        activity(
          pathTrack(MUNICH, [
            [0, 0],
            [k * 700, 0],
            [k * 700, 4000],
          ]),
        ),
      ),
    ]
    const all = [reference, ...same, ...others]
    const index = createRouteIndex(all.map((a) => a.route))
    const tracks = new Map(all.map((a) => [a.route.id, a.latlng]))
    const loaded: number[] = []
    const found = findSimilarRoutes(reference, index, (id) => {
      loaded.push(id)
      return tracks.get(id)
    })
    expect(found.sort()).toEqual(same.map((a) => a.route.id).sort())
    expect(loaded.length).toBeLessThanOrEqual(4)
  })

  it('leaves out candidates whose track cannot be read', () => {
    const twin = activity(pathTrack(MUNICH, ROUTE, 6))
    const index = createRouteIndex([reference.route, twin.route])
    expect(findSimilarRoutes(reference, index, () => null)).toEqual([])
    expect(findSimilarRoutes(reference, index, () => twin.latlng)).toEqual([twin.route.id])
  })
})
