/**
 * A grid index of activities by start and end point, so finding the routes that may match one
 * activity looks at a handful of cells, never at every activity. Cells are 0.002° of latitude
 * (about 222 m) by 0.002° of longitude; keys are (start cell, end cell), so a crowd of
 * activities starting at home is split again by where each ended.
 */
import { DEG_TO_RAD, EARTH_RADIUS_M } from './geo'
import { routesMayMatch, SAME_ROUTE_ENDPOINT_METRES, type RouteSummary } from './route-summary'

const CELL_DEGREES = 0.002
const CELLS_AROUND = Math.ceil(360 / CELL_DEGREES)

/** Activities indexed by start and end cell; add and remove keep it current as activities sync. */
export interface RouteIndex {
  readonly size: number
  add(route: RouteSummary): void
  remove(id: number): boolean
  /**
   * The indexed routes other than `query.id` that pass every test needing no track
   * (routesMayMatch): starts and ends within 200 m, distances within 10 %, boxes within 100 m.
   */
  candidates(query: RouteSummary): RouteSummary[]
}

function cellX(lon: number): number {
  const x = Math.floor((lon + 180) / CELL_DEGREES)
  return ((x % CELLS_AROUND) + CELLS_AROUND) % CELLS_AROUND
}

function cellY(lat: number): number {
  return Math.floor((lat + 90) / CELL_DEGREES)
}

function cellKey(lat: number, lon: number): number {
  return cellY(lat) * CELLS_AROUND + cellX(lon)
}

/**
 * Cell keys that can hold a point within `metres` of (lat, lon). Along a meridian the distance
 * is at least R·Δφ, so one cell each way suffices north and south; east and west the haversine
 * bound sin(Δλ/2) ≤ sin(d/2R) / cos φ widens the search as meridians converge (to every
 * column near the poles). Columns wrap at the antimeridian.
 */
function cellsNear(lat: number, lon: number, metres: number): number[] {
  const rows = Math.ceil(metres / EARTH_RADIUS_M / DEG_TO_RAD / CELL_DEGREES)
  const cosLat = Math.cos(Math.min(90, Math.abs(lat) + (rows + 1) * CELL_DEGREES) * DEG_TO_RAD)
  const ratio = Math.sin(metres / EARTH_RADIUS_M / 2) / Math.max(cosLat, 1e-12)
  const lonSpan = ratio >= 1 ? 180 : (2 * Math.asin(ratio)) / DEG_TO_RAD
  const cols = Math.min(Math.ceil(lonSpan / CELL_DEGREES), Math.floor(CELLS_AROUND / 2))
  const x0 = cellX(lon)
  const y0 = cellY(lat)
  const keys = new Set<number>()
  for (let dy = -rows; dy <= rows; dy++) {
    for (let dx = -cols; dx <= cols; dx++) {
      const x = (((x0 + dx) % CELLS_AROUND) + CELLS_AROUND) % CELLS_AROUND
      keys.add((y0 + dy) * CELLS_AROUND + x)
    }
  }
  return [...keys]
}

/** An index over `routes` (more can be added later). */
export function createRouteIndex(routes: Iterable<RouteSummary> = []): RouteIndex {
  const byStart = new Map<number, Map<number, RouteSummary[]>>()
  const byId = new Map<number, RouteSummary>()

  function add(route: RouteSummary) {
    remove(route.id)
    const startKey = cellKey(route.start[0], route.start[1])
    const endKey = cellKey(route.end[0], route.end[1])
    let byEnd = byStart.get(startKey)
    if (!byEnd) byStart.set(startKey, (byEnd = new Map()))
    const bucket = byEnd.get(endKey)
    if (bucket) bucket.push(route)
    else byEnd.set(endKey, [route])
    byId.set(route.id, route)
  }

  function remove(id: number): boolean {
    const route = byId.get(id)
    if (!route) return false
    byId.delete(id)
    const byEnd = byStart.get(cellKey(route.start[0], route.start[1]))
    const endKey = cellKey(route.end[0], route.end[1])
    const bucket = byEnd?.get(endKey)?.filter((other) => other.id !== id) ?? []
    if (bucket.length > 0) byEnd?.set(endKey, bucket)
    else byEnd?.delete(endKey)
    return true
  }

  function candidates(query: RouteSummary): RouteSummary[] {
    const found: RouteSummary[] = []
    const endKeys = cellsNear(query.end[0], query.end[1], SAME_ROUTE_ENDPOINT_METRES)
    for (const startKey of cellsNear(query.start[0], query.start[1], SAME_ROUTE_ENDPOINT_METRES)) {
      const byEnd = byStart.get(startKey)
      if (!byEnd) continue
      for (const endKey of endKeys) {
        for (const route of byEnd.get(endKey) ?? []) {
          if (route.id !== query.id && routesMayMatch(query, route)) found.push(route)
        }
      }
    }
    return found
  }

  for (const route of routes) add(route)
  return {
    get size() {
      return byId.size
    },
    add,
    remove,
    candidates,
  }
}
