import { describe, expect, it } from 'vitest'
import type { LatLngPoint } from '../../../../src/main/core/maps/geo'
import { createRouteIndex } from '../../../../src/main/core/maps/route-index'
import { distancesAgree, type RouteSummary } from '../../../../src/main/core/maps/route-summary'
import { offset } from '../../../helpers/map-fixtures'

type Box = Pick<RouteSummary, 'south' | 'north' | 'west' | 'east'>

const HOME: LatLngPoint = [48.14, 11.58]
const END = offset(HOME[0], HOME[1], 3000, 0)
/** One wide box for every route, so only start, end and distance decide. */
const MUNICH_BOX: Box = { south: 48, north: 48.3, west: 11.4, east: 11.8 }

function route(
  id: number,
  start: LatLngPoint,
  end: LatLngPoint,
  distance = 5000,
  box = MUNICH_BOX,
): RouteSummary {
  return { id, start, end, distance, ...box }
}

describe('route index', () => {
  const query = route(1, HOME, END)

  it('finds starts and ends within 200 m in any direction, and nothing beyond', () => {
    const index = createRouteIndex()
    const expected: number[] = []
    let id = 100
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const [n, e] = [Math.cos((bearing * Math.PI) / 180), Math.sin((bearing * Math.PI) / 180)]
      for (const [startOff, endOff] of [
        [60, 20],
        [195, 195],
        [20, 199],
        [206, 0],
        [0, 203],
        [400, 400],
      ] as const) {
        const start = offset(HOME[0], HOME[1], n * startOff, e * startOff)
        const stop = offset(END[0], END[1], -n * endOff, e * endOff)
        if (startOff <= 200 && endOff <= 200) expected.push(id)
        index.add(route(id++, start, stop))
      }
    }
    expect(expected).toHaveLength(24 * 3)
    expect(index.candidates(query).map((r) => r.id)).toEqual(expect.arrayContaining(expected))
    expect(index.candidates(query)).toHaveLength(expected.length)
  })

  it('splits a crowd starting at home by where each one ended', () => {
    const index = createRouteIndex([query])
    for (let i = 0; i < 500; i++) {
      index.add(route(10 + i, HOME, offset(HOME[0], HOME[1], -2000 - i * 10, 500)))
    }
    index.add(route(2, HOME, END))
    expect(index.candidates(query).map((r) => r.id)).toEqual([2])
    expect(index.size).toBe(502)
  })

  it('leaves out distances more than 10 % apart and box edges more than 100 m apart', () => {
    const north = (metres: number) => ({
      ...MUNICH_BOX,
      north: MUNICH_BOX.north + metres / 111_195,
    })
    const index = createRouteIndex([
      route(2, HOME, END, 5600),
      route(3, HOME, END, 4600),
      route(4, HOME, END, 5000, north(95)),
      route(5, HOME, END, 5000, north(105)),
    ])
    expect(index.candidates(query).map((r) => r.id)).toEqual([3, 4])
  })

  it('forgets removed routes and replaces a route added again', () => {
    const index = createRouteIndex([query, route(2, HOME, END)])
    expect(index.remove(2)).toBe(true)
    expect(index.remove(2)).toBe(false)
    expect(index.candidates(query)).toEqual([])
    index.add(route(3, HOME, END))
    index.add(route(3, HOME, offset(END[0], END[1], 0, 5000)))
    expect(index.candidates(query)).toEqual([])
    expect(index.size).toBe(2)
  })

  it('finds a start on the other side of the antimeridian', () => {
    const box: Box = { south: -17.1, north: -16.9, west: 179.9, east: 180.1 }
    const stop: LatLngPoint = [-16.99, -179.99]
    const a = route(1, [-17, 179.9995], stop, 5000, box)
    const b = route(2, [-17, -179.9995], stop, 5000, { ...box, west: -180.1, east: -179.9 })
    expect(
      createRouteIndex([a, b])
        .candidates(a)
        .map((r) => r.id),
    ).toEqual([2])
  })

  it('finds starts 195 m apart where meridians converge', () => {
    const start: LatLngPoint = [78.2, 15.6]
    const stop = offset(start[0], start[1], 2000, 0)
    const box: Box = { south: 78, north: 78.4, west: 15, east: 16 }
    const index = createRouteIndex([
      route(2, offset(start[0], start[1], 0, 195), stop, 5000, box),
      route(3, offset(start[0], start[1], 0, 205), stop, 5000, box),
    ])
    expect(index.candidates(route(1, start, stop, 5000, box)).map((r) => r.id)).toEqual([2])
  })
})

describe('distancesAgree', () => {
  it.each([
    [10_000, 11_000, true],
    [11_000, 10_000, true],
    [10_000, 11_001, false],
    [10_000, 8_999, false],
    [0, 0, true],
  ])('%d m and %d m: %s', (a, b, agree) => {
    expect(distancesAgree(a, b)).toBe(agree)
  })
})
