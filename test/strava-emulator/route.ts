/** A plausible GPS loop through the start point, scaled to the activity's distance. */
import { hashNoise, createRandom, round } from './prng'
import type { EmulatorActivity, LatLng } from './types'

const METERS_PER_DEGREE = 111_320
const SHAPE_SAMPLES = 64
const SUMMARY_POINTS = 60

interface Shape {
  amplitudes: [number, number, number]
  phases: [number, number, number]
  theta0: number
  direction: 1 | -1
}

function shapeOf(seed: number): Shape {
  const random = createRandom(seed ^ 0x5eed)
  return {
    amplitudes: [random.float(0, 0.25), random.float(0, 0.15), random.float(0, 0.08)],
    phases: [random.float(0, 6.28), random.float(0, 6.28), random.float(0, 6.28)],
    theta0: random.float(0, 2 * Math.PI),
    direction: random.chance(0.5) ? 1 : -1,
  }
}

function unitPoint(shape: Shape, theta: number): [number, number] {
  const [a1, a2, a3] = shape.amplitudes
  const [p1, p2, p3] = shape.phases
  const r =
    1 + a1 * Math.sin(theta + p1) + a2 * Math.sin(2 * theta + p2) + a3 * Math.sin(3 * theta + p3)
  return [r * Math.cos(theta), r * Math.sin(theta)]
}

function unitPerimeter(shape: Shape): number {
  let length = 0
  let prev = unitPoint(shape, 0)
  for (let i = 1; i <= SHAPE_SAMPLES; i++) {
    const next = unitPoint(shape, (2 * Math.PI * i) / SHAPE_SAMPLES)
    length += Math.hypot(next[0] - prev[0], next[1] - prev[1])
    prev = next
  }
  return length
}

/** How many points the full polyline has: denser for longer routes, within bounds. */
export function routePointCount(distance: number): number {
  return Math.min(1200, Math.max(60, Math.round(distance / 25)))
}

/** A route generator: point(i) is the i-th of count points, computable on its own. */
export function createRoute(seed: number, start: LatLng, distance: number) {
  const shape = shapeOf(seed)
  const scale = distance / unitPerimeter(shape)
  const count = routePointCount(distance)
  const origin = unitPoint(shape, shape.theta0)
  const cosLat = Math.cos((start[0] * Math.PI) / 180)
  const point = (i: number): LatLng => {
    const theta = shape.theta0 + shape.direction * ((2 * Math.PI * i) / (count - 1))
    const [x, y] = unitPoint(shape, theta)
    const jitter = i === 0 ? 0 : 3
    const east = (x - origin[0]) * scale + hashNoise(seed, 2 * i) * jitter
    const north = (y - origin[1]) * scale + hashNoise(seed, 2 * i + 1) * jitter
    return [
      round(start[0] + north / METERS_PER_DEGREE, 6),
      round(start[1] + east / (METERS_PER_DEGREE * cosLat), 6),
    ]
  }
  return { count, point }
}

function hasGps(activity: EmulatorActivity): activity is EmulatorActivity & {
  start_latlng: LatLng
} {
  return !activity.manual && activity.start_latlng.length === 2
}

/** Every point of the activity's route (the detail polyline and the latlng stream). */
export function fullRoute(activity: EmulatorActivity): LatLng[] {
  if (activity.track) return activity.track
  if (!hasGps(activity)) return []
  const route = createRoute(activity.seed, activity.start_latlng, activity.distance)
  return Array.from({ length: route.count }, (_, i) => route.point(i))
}

/** Every k-th point plus the last: what Strava's summary_polyline looks like. */
export function summaryRoute(seed: number, start: LatLng, distance: number): LatLng[] {
  const route = createRoute(seed, start, distance)
  const step = Math.ceil(route.count / SUMMARY_POINTS)
  const points: LatLng[] = []
  for (let i = 0; i < route.count - 1; i += step) points.push(route.point(i))
  points.push(route.point(route.count - 1))
  return points
}
