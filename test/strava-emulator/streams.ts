/** Per-sample streams, generated on request from the activity's seed (nothing is stored). */
import { hillCount } from './activity-builder'
import { hashNoise, round } from './prng'
import { fullRoute } from './route'
import { chosenTrackStreams } from './chosen-track'
import type { EmulatorActivity, LatLng } from './types'

export const STREAM_TYPES = [
  'time',
  'distance',
  'latlng',
  'altitude',
  'velocity_smooth',
  'heartrate',
  'cadence',
  'watts',
  'temp',
  'moving',
  'grade_smooth',
] as const

export type StreamType = (typeof STREAM_TYPES)[number]
export type StreamData = number[] | boolean[] | LatLng[]
export type Streams = Partial<Record<StreamType, StreamData>>

const MAX_SAMPLES = 3600

function metersBetween(a: LatLng, b: LatLng): number {
  const cosLat = Math.cos((((a[0] + b[0]) / 2) * Math.PI) / 180)
  return Math.hypot((b[0] - a[0]) * 111_320, (b[1] - a[1]) * 111_320 * cosLat)
}

/** Positions along the route at each sample's share of the distance, matching the polyline. */
function placeOnRoute(route: LatLng[], fractions: number[]): LatLng[] {
  const cumulative = [0]
  for (let i = 1; i < route.length; i++) {
    const prev = route[i - 1] as LatLng
    cumulative.push((cumulative[i - 1] ?? 0) + metersBetween(prev, route[i] as LatLng))
  }
  const total = cumulative[cumulative.length - 1] ?? 0
  let segment = 0
  return fractions.map((fraction) => {
    const target = fraction * total
    while (segment < route.length - 2 && (cumulative[segment + 1] ?? 0) < target) segment++
    const a = route[segment] as LatLng
    const b = route[segment + 1] ?? a
    const from = cumulative[segment] ?? 0
    const span = (cumulative[segment + 1] ?? from) - from
    const t = span > 0 ? Math.min(1, Math.max(0, (target - from) / span)) : 0
    return [round(a[0] + (b[0] - a[0]) * t, 6), round(a[1] + (b[1] - a[1]) * t, 6)]
  })
}

/** All streams the activity has, or null when it has none (manual activities). */
export function generateStreams(activity: EmulatorActivity): Streams | null {
  if (activity.streams) return activity.streams as Streams
  if (activity.manual || activity.distance <= 0) return null
  if (activity.track) return chosenTrackStreams(activity, activity.track)
  const seed = activity.seed
  const stride = Math.max(1, Math.ceil(activity.moving_time / MAX_SAMPLES))
  const count = Math.floor(activity.moving_time / stride) + 1
  const pause = activity.elapsed_time - activity.moving_time
  const pauseAt = pause > 0 ? Math.floor(count * (0.3 + 0.4 * Math.abs(hashNoise(seed, -1)))) : -1
  const waves = 2 + (seed % 5)
  const weights = Array.from({ length: count }, (_, i) =>
    i === 0
      ? 0
      : 1 + 0.12 * Math.sin((2 * Math.PI * waves * i) / count) + 0.06 * hashNoise(seed, i),
  )
  const weightSum = weights.reduce((sum, w) => sum + w, 0)
  const steps = weights.map((w) => (activity.distance * w) / weightSum)
  let covered = 0
  const distance = steps.map((step, i) => {
    covered += step
    return i === count - 1 ? activity.distance : round(covered, 1)
  })
  const fractions = distance.map((d) => d / activity.distance)
  const time = weights.map((_, i) => i * stride + (pauseAt >= 0 && i > pauseAt ? pause : 0))
  const streams: Streams = {
    time,
    distance,
    velocity_smooth: steps.map((step) => round(step / stride, 3)),
    temp: weights.map((_, i) => Math.round(14 + 6 * hashNoise(seed, 7) + (2 * i) / count)),
    moving: weights.map((_, i) => i !== pauseAt),
  }
  const route = fullRoute(activity)
  if (route.length > 1 && activity.elev_low !== undefined && activity.elev_high !== undefined) {
    const low = activity.elev_low
    const height = activity.elev_high - low
    const k = hillCount(activity.distance)
    streams.latlng = placeOnRoute(route, fractions)
    streams.altitude = fractions.map((f) =>
      round(low + (height / 2) * (1 - Math.cos(2 * Math.PI * k * f)), 1),
    )
    const slope = ((height / 2) * 2 * Math.PI * k * 100) / activity.distance
    streams.grade_smooth = fractions.map((f) => round(slope * Math.sin(2 * Math.PI * k * f), 1))
  }
  if (activity.has_heartrate && activity.average_heartrate !== undefined) {
    const average = activity.average_heartrate
    const ceiling = activity.max_heartrate ?? average + 20
    streams.heartrate = time.map((t, i) => {
      const warmup = 15 * Math.exp(-t / 240)
      const wave = 5 * Math.sin((6 * Math.PI * i) / count) + 2 * hashNoise(seed, i + count)
      return Math.min(ceiling, Math.max(60, Math.round(average + 2 - warmup + wave)))
    })
  }
  const cadence = activity.average_cadence
  if (cadence !== undefined) {
    streams.cadence = weights.map((_, i) =>
      Math.round(cadence + 3 * hashNoise(seed, i + 2 * count)),
    )
  }
  const watts = activity.average_watts
  if (watts !== undefined) {
    streams.watts = weights.map((w, i) =>
      i === 0 ? 0 : Math.max(0, Math.round(watts * w + 25 * hashNoise(seed, i + 3 * count))),
    )
  }
  return streams
}
