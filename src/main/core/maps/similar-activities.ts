/**
 * `similar`: the activities that followed the same route as one activity, newest first. The
 * start index in SQLite narrows the library to the activities starting near it; the cheap tests
 * of route-summary.ts drop most of those; only the rest have their stored tracks compared.
 */
import type { AppDb } from '../db/open-database'
import { DEG_TO_RAD, METRES_PER_DEGREE } from './geo'
import { heatTrackOf, routeOf, routesStartingNear } from './map-rows'
import { routesMayMatch, SAME_ROUTE_ENDPOINT_METRES } from './route-summary'
import { createGapTest } from './similar-routes'
import { storedTrack } from './stored-track'

/** The ids of the activities on the same route as `id`, in no order; [] without GPS. */
export function similarActivityIds(db: AppDb, id: number): number[] {
  const route = routeOf(db, id)
  const track = storedTrack(heatTrackOf(db, id))
  if (!route || !track) return []
  // A box round the start a little larger than 200 m each way (longitude widens with latitude).
  const latSpan = (SAME_ROUTE_ENDPOINT_METRES / METRES_PER_DEGREE) * 1.01
  const cos = Math.max(0.01, Math.cos((Math.abs(route.start[0]) + latSpan) * DEG_TO_RAD))
  const lonSpan = Math.min(180, latSpan / cos)
  const west = route.start[1] - lonSpan
  const east = route.start[1] + lonSpan
  const band = { south: route.start[0] - latSpan, north: route.start[0] + latSpan }
  const near =
    west >= -180 && east <= 180
      ? routesStartingNear(db, { ...band, west, east })
      : routesStartingNear(db, { ...band, west: -180, east: 180 })
  const fits = createGapTest({ route, latlng: track })
  const similar: number[] = []
  for (const candidate of near) {
    if (candidate.id === id || !routesMayMatch(route, candidate)) continue
    const other = storedTrack(heatTrackOf(db, candidate.id))
    if (other && fits(other)) similar.push(candidate.id)
  }
  return similar
}
