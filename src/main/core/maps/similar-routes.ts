/**
 * "The activities that followed the same route in the same direction" (cli-contract.md, Maps):
 * starts within 200 m, ends within 200 m, distances within 10 %, and no point of either track
 * more than 100 m from the other track. The index narrows 50,000 activities to the few that
 * pass the cheap tests; only those tracks are read and compared point by point. "Same
 * direction" is checked on the way: the other track's points must meet the query's polyline in
 * its order (a loop ridden the other way round is another route).
 */
import type { LatLngTrack } from './geo'
import { localProjection, projectToMetres, type LocalProjection } from './local-projection'
import type { RouteIndex } from './route-index'
import { routesMayMatch, SAME_ROUTE_MAX_GAP_METRES, type RouteSummary } from './route-summary'
import {
  allPointsWithin,
  allPointsWithinInOrder,
  buildSegmentGrid,
  type SegmentGrid,
} from './segment-grid'

/** An activity's summary with its track. */
export interface RouteTrack {
  route: RouteSummary
  latlng: LatLngTrack
}

/** The projection every comparison with `route` uses: centred on its box, from its start. */
export function projectionFor(route: RouteSummary): LocalProjection {
  return localProjection((route.south + route.north) / 2, route.start[1])
}

/**
 * A test of other tracks against one query track: true when no point of either lies more than
 * `gap` metres from the other's polyline and the other track runs along the query's in the
 * same direction. The query's grid is built once for all candidates.
 */
export function createGapTest(
  query: RouteTrack,
  gap = SAME_ROUTE_MAX_GAP_METRES,
): (other: LatLngTrack) => boolean {
  const projection = projectionFor(query.route)
  const queryPoints = projectToMetres(query.latlng, projection)
  let queryGrid: SegmentGrid | null = null
  return (other) => {
    const otherPoints = projectToMetres(other, projection)
    queryGrid ??= buildSegmentGrid(queryPoints, gap)
    if (!allPointsWithinInOrder(otherPoints, queryGrid, gap)) return false
    return allPointsWithin(queryPoints, buildSegmentGrid(otherPoints, gap), gap)
  }
}

/** Whether two activities followed the same route in the same direction (see the module comment). */
export function isSameRoute(a: RouteTrack, b: RouteTrack): boolean {
  return routesMayMatch(a.route, b.route) && createGapTest(a)(b.latlng)
}

/**
 * Ids of the indexed activities that followed the same route as `query` (itself excluded), in
 * no particular order: the caller sorts (newest first for the command line). `loadTrack` reads
 * one candidate's `latlng` stream; a candidate without one is left out.
 */
export function findSimilarRoutes(
  query: RouteTrack,
  index: RouteIndex,
  loadTrack: (id: number) => LatLngTrack | null | undefined,
): number[] {
  const fits = createGapTest(query)
  const similar: number[] = []
  for (const candidate of index.candidates(query.route)) {
    const track = loadTrack(candidate.id)
    if (track && fits(track)) similar.push(candidate.id)
  }
  return similar
}
