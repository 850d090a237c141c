/** Synthetic tracks and tile sets with known answers for the map tests. */
import { METRES_PER_DEGREE, type LatLngPoint } from '../../src/main/core/maps/geo'
import { tileBounds, tileKey } from '../../src/main/core/maps/tile-math'

/** The centre of tile (z, x, y) as [lat, lon]. */
export function tileCentre(z: number, x: number, y: number): LatLngPoint {
  const b = tileBounds(z, x, y)
  return [(b.north + b.south) / 2, (b.west + b.east) / 2]
}

/** Column-row pairs of a w × h block whose top-left tile is (x0, y0). */
export function block(x0: number, y0: number, w: number, h: number): [number, number][] {
  const cells: [number, number][] = []
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) cells.push([x, y])
  return cells
}

/** A track with one point at the centre of each given tile. */
export function trackThroughTiles(z: number, cells: [number, number][]): LatLngPoint[] {
  return cells.map(([x, y]) => tileCentre(z, x, y))
}

export function keysOf(z: number, cells: [number, number][]): number[] {
  return cells.map(([x, y]) => tileKey(z, x, y))
}

export { seededRandom } from './seeded-random'

/**
 * The point `north` and `east` metres from (lat, lon), on the local flat approximation, its
 * longitude wrapped into [-180, 180).
 */
export function offset(lat: number, lon: number, north: number, east: number): LatLngPoint {
  const dLat = north / METRES_PER_DEGREE
  const dLon = east / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180))
  const east180 = ((((lon + dLon + 180) % 360) + 360) % 360) - 180
  return [lat + dLat, east180]
}

/**
 * A polyline through waypoints given in metres (east, north) from an origin, with a point every
 * `step` metres, as a GPS stream would record it.
 */
export function pathTrack(
  origin: LatLngPoint,
  waypoints: [number, number][],
  step = 5,
): LatLngPoint[] {
  const points: LatLngPoint[] = []
  for (let i = 0; i + 1 < waypoints.length; i++) {
    const [ax, ay] = waypoints[i] ?? [0, 0]
    const [bx, by] = waypoints[i + 1] ?? [0, 0]
    const parts = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step))
    for (let k = 0; k < parts; k++) {
      const t = k / parts
      points.push(offset(origin[0], origin[1], ay + (by - ay) * t, ax + (bx - ax) * t))
    }
  }
  const [lx, ly] = waypoints[waypoints.length - 1] ?? [0, 0]
  points.push(offset(origin[0], origin[1], ly, lx))
  return points
}
