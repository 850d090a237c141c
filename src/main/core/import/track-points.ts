/**
 * Samples read from an original file, turned into streams shaped like the API's (keyed by
 * Strava stream type, one value per sample), so the app cannot tell the two apart.
 */
import type { StreamSet } from '../strava/activity-schemas'

export interface TrackPoint {
  timeMs?: number
  lat?: number
  lng?: number
  altitude?: number
  distance?: number
  speed?: number
  heartrate?: number
  cadence?: number
  watts?: number
  temp?: number
}

type NumericKey = 'altitude' | 'distance' | 'speed' | 'heartrate' | 'cadence' | 'watts' | 'temp'
const SERIES: readonly [NumericKey, keyof StreamSet][] = [
  ['distance', 'distance'],
  ['altitude', 'altitude'],
  ['speed', 'velocity_smooth'],
  ['heartrate', 'heartrate'],
  ['cadence', 'cadence'],
  ['watts', 'watts'],
  ['temp', 'temp'],
]

const EARTH_RADIUS_M = 6_371_008.8

function metersBetween(a: [number, number], b: [number, number]): number {
  const toRad = Math.PI / 180
  const dLat = (b[0] - a[0]) * toRad
  const dLng = (b[1] - a[1]) * toRad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[0] * toRad) * Math.cos(b[0] * toRad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * A series with gaps filled from the nearest earlier sample (the first ones from the first
 * known value), as a device holds a reading until the next; null when no sample has a value.
 */
function filled<T>(values: (T | undefined)[]): T[] | null {
  const first = values.find((v) => v !== undefined)
  if (first === undefined) return null
  let last: T = first
  return values.map((v) => (v === undefined ? last : (last = v)))
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/**
 * Streams from samples in time order. Samples without a time cannot be placed and are dropped;
 * `time` counts seconds from the first sample. Distance comes from the positions when the file
 * has none. Null when no sample has a time.
 */
export function pointsToStreams(input: readonly TrackPoint[]): StreamSet | null {
  const points = input
    .filter((p) => p.timeMs !== undefined && Number.isFinite(p.timeMs))
    .sort((a, b) => (a.timeMs as number) - (b.timeMs as number))
  const first = points[0]?.timeMs
  if (first === undefined) return null
  const streams: StreamSet = { time: points.map((p) => ((p.timeMs as number) - first) / 1000) }
  const latlng = filled(
    points.map((p): [number, number] | undefined =>
      p.lat !== undefined && p.lng !== undefined ? [p.lat, p.lng] : undefined,
    ),
  )
  if (latlng) streams.latlng = latlng
  for (const [key, stream] of SERIES) {
    const values = filled(points.map((p) => p[key]))
    if (values) streams[stream] = values
  }
  if (!streams.distance && latlng) {
    let total = 0
    streams.distance = latlng.map((position, i) => {
      if (i > 0) total += metersBetween(latlng[i - 1] as [number, number], position)
      return round(total, 1)
    })
  }
  return streams
}
