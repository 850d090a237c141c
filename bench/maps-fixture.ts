/**
 * Synthetic activities for the map benchmarks: 500 base routes in a 30 km city region, each
 * ridden 100 times with its own GPS error, 1,000–2,000 points at 1 Hz and 6–10 m a point. Base
 * routes start from one of 20 homes and turn like a street grid, so starts crowd together and
 * tracks overlap as real ones do. Everything is seeded: the same index gives the same track.
 */
import { METRES_PER_DEGREE, type LatLngPoint } from '../src/main/core/maps/geo'
import { seededRandom as seeded } from '../test/helpers/seeded-random'

export { seeded }

export const REGION_CENTRE: LatLngPoint = [48.137, 11.575]
export const REGION_HALF_METRES = 15_000
export const ROUTES = 500
export const HOMES = 20

const baseRoutes = new Map<number, Float64Array>()

/** A base route in metres east and north of the region centre, one point per second. */
function baseRoute(route: number): Float64Array {
  const cached = baseRoutes.get(route)
  if (cached) return cached
  const random = seeded(1000 + route)
  const home = seeded(7 + (route % HOMES))
  let x = (home() - 0.5) * REGION_HALF_METRES
  let y = (home() - 0.5) * REGION_HALF_METRES
  const count = 1000 + Math.floor(random() * 1001)
  const speed = 6 + random() * 4
  let heading = Math.floor(random() * 4) * (Math.PI / 2)
  let untilTurn = 200 + random() * 600
  const points = new Float64Array(count * 2)
  for (let i = 0; i < count; i++) {
    points[2 * i] = x
    points[2 * i + 1] = y
    untilTurn -= speed
    if (untilTurn <= 0) {
      heading += (random() < 0.5 ? 1 : -1) * (Math.PI / 2) + (random() - 0.5) * 0.3
      untilTurn = 200 + random() * 600
    }
    heading += (random() - 0.5) * 0.02
    x += speed * Math.cos(heading)
    y += speed * Math.sin(heading)
    // Turn back at the region's edge (only when heading out, so it cannot oscillate).
    if (Math.abs(x) > REGION_HALF_METRES && x * Math.cos(heading) > 0) heading = Math.PI - heading
    if (Math.abs(y) > REGION_HALF_METRES && y * Math.sin(heading) > 0) heading = -heading
  }
  baseRoutes.set(route, points)
  return points
}

/**
 * Activity `index`: base route index % ROUTES seen through GPS error: a correlated drift
 * (Ornstein–Uhlenbeck, σ ≈ 3 m, about 20 s memory) plus white noise (σ ≈ 0.7 m), which keeps
 * far more points through simplification than smooth noise would.
 */
export function syntheticActivity(index: number): LatLngPoint[] {
  const base = baseRoute(index % ROUTES)
  const random = seeded(500_000 + index)
  const gauss = () => (random() + random() + random() - 1.5) * 2
  const cosLat = Math.cos((REGION_CENTRE[0] * Math.PI) / 180)
  const keep = Math.exp(-1 / 20)
  const kick = 3 * Math.sqrt(1 - keep * keep)
  let driftX = gauss() * 3
  let driftY = gauss() * 3
  const points: LatLngPoint[] = new Array(base.length / 2)
  for (let i = 0; i < base.length / 2; i++) {
    driftX = driftX * keep + kick * gauss()
    driftY = driftY * keep + kick * gauss()
    const east = (base[2 * i] ?? 0) + driftX + 0.7 * gauss()
    const north = (base[2 * i + 1] ?? 0) + driftY + 0.7 * gauss()
    points[i] = [
      REGION_CENTRE[0] + north / METRES_PER_DEGREE,
      REGION_CENTRE[1] + east / (METRES_PER_DEGREE * cosLat),
    ]
  }
  return points
}

/** Length of a track in metres on the flat local approximation (good to 0.1 % at 30 km). */
export function trackLength(points: readonly LatLngPoint[]): number {
  const cosLat = Math.cos((REGION_CENTRE[0] * Math.PI) / 180)
  let total = 0
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] ?? [0, 0]
    const b = points[i] ?? [0, 0]
    total += Math.hypot(b[0] - a[0], (b[1] - a[1]) * cosLat) * METRES_PER_DEGREE
  }
  return total
}
