/**
 * What the same-route test needs of an activity before reading its whole track: start, end,
 * distance and bounding box, and the cheap tests on them that every match must pass.
 */
import {
  DEG_TO_RAD,
  haversineMetres,
  isValidPoint,
  lonDelta,
  METRES_PER_DEGREE,
  positionsOf,
  type LatLngPoint,
  type LatLngTrack,
  type Positions,
} from './geo'

/** Starts within this many metres of each other, and ends likewise (the contract). */
export const SAME_ROUTE_ENDPOINT_METRES = 200
/** Distances within 10 %: the longer at most 10 % longer than the shorter (the contract). */
export const SAME_ROUTE_DISTANCE_RATIO = 0.1
/** No point of either track further than this from the other track (the contract). */
export const SAME_ROUTE_MAX_GAP_METRES = 100

/** One activity as the same-route index keeps it (summarizeRoute makes it). */
export interface RouteSummary {
  id: number
  start: LatLngPoint
  end: LatLngPoint
  /** The activity's distance in metres (Strava's figure, or the last `distance` sample). */
  distance: number
  /** Bounding box in degrees; west and east are unwrapped from the start's longitude. */
  south: number
  north: number
  west: number
  east: number
}

/** The summary of one activity's track, or null when it has no valid point. */
export function summarizeRoute(
  id: number,
  latlng: LatLngTrack,
  distance: number,
): RouteSummary | null {
  return summarizePositions(id, positionsOf(latlng), distance)
}

/** summarizeRoute of a track held as Positions. */
export function summarizePositions(
  id: number,
  positions: Positions,
  distance: number,
): RouteSummary | null {
  let start: LatLngPoint | null = null
  let end = -1
  let south = Infinity
  let north = -Infinity
  let west = Infinity
  let east = -Infinity
  for (let i = 0; i < positions.length; i += 2) {
    const lat = positions[i] as number
    const lon = positions[i + 1] as number
    if (!isValidPoint(lat, lon)) continue
    start ??= [lat, lon]
    end = i
    const unwrapped = start[1] + lonDelta(lon, start[1])
    if (lat < south) south = lat
    if (lat > north) north = lat
    if (unwrapped < west) west = unwrapped
    if (unwrapped > east) east = unwrapped
  }
  if (!start) return null
  const last: LatLngPoint = [positions[end] as number, positions[end + 1] as number]
  return { id, start, end: last, distance, south, north, west, east }
}

/** Whether two distances are within SAME_ROUTE_DISTANCE_RATIO of the shorter one. */
export function distancesAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_ROUTE_DISTANCE_RATIO * Math.min(a, b)
}

/** The local projection's metres per degree of longitude at a summary's middle latitude. */
export function metresPerLonDegree(route: RouteSummary): number {
  return METRES_PER_DEGREE * Math.cos(((route.south + route.north) / 2) * DEG_TO_RAD)
}

/**
 * Every test of the contract that needs no track: starts and ends within 200 m (haversine),
 * distances within 10 %, and bounding boxes whose edges lie within 100 m of each other, which
 * any two tracks with no point over 100 m from the other must have. The boxes are compared in
 * the same local projection as the exact test (centred on `query`), so this never rejects a pair
 * the exact test would keep.
 */
export function routesMayMatch(query: RouteSummary, other: RouteSummary): boolean {
  const near = SAME_ROUTE_ENDPOINT_METRES
  if (haversineMetres(query.start[0], query.start[1], other.start[0], other.start[1]) > near) {
    return false
  }
  if (haversineMetres(query.end[0], query.end[1], other.end[0], other.end[1]) > near) return false
  if (!distancesAgree(query.distance, other.distance)) return false
  const gap = SAME_ROUTE_MAX_GAP_METRES * (1 + 1e-9)
  const latGap = gap / METRES_PER_DEGREE
  const lonGap = gap / metresPerLonDegree(query)
  return (
    Math.abs(query.south - other.south) <= latGap &&
    Math.abs(query.north - other.north) <= latGap &&
    Math.abs(lonDelta(other.west, query.west)) <= lonGap &&
    Math.abs(lonDelta(other.east, query.east)) <= lonGap
  )
}
