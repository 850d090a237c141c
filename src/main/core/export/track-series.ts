import type { StreamSet } from '../strava/activity-schemas'

export type LatLng = [number, number]

/** Streams of one activity as typed series for the track writers; values are checked per use. */
export interface TrackSeries {
  count: number
  /** Seconds since the activity's start. */
  time: unknown[]
  latlng?: unknown[]
  altitude?: unknown[]
  distance?: unknown[]
  velocity?: unknown[]
  heartrate?: unknown[]
  cadence?: unknown[]
  watts?: unknown[]
  temp?: unknown[]
}

/** Null when there is no time stream (nothing to place samples in time). */
export function toTrackSeries(streams: StreamSet | null): TrackSeries | null {
  const time = streams?.time
  if (!streams || !Array.isArray(time) || time.length === 0) return null
  return {
    count: time.length,
    time,
    latlng: streams.latlng,
    altitude: streams.altitude,
    distance: streams.distance,
    velocity: streams.velocity_smooth,
    heartrate: streams.heartrate,
    cadence: streams.cadence,
    watts: streams.watts,
    temp: streams.temp,
  }
}

export function numberAt(series: unknown[] | undefined, i: number): number | undefined {
  const value = series?.[i]
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** A whole number within [min, max] (heart rate, cadence, watts in the schemas), or undefined. */
export function wholeAt(
  series: unknown[] | undefined,
  i: number,
  min: number,
  max: number,
): number | undefined {
  const value = numberAt(series, i)
  if (value === undefined) return undefined
  const whole = Math.round(value)
  return whole >= min && whole <= max ? whole : undefined
}

export function latLngAt(series: TrackSeries, i: number): LatLng | undefined {
  const value = series.latlng?.[i]
  if (!Array.isArray(value) || value.length !== 2) return undefined
  const [lat, lng] = value as unknown[]
  if (typeof lat !== 'number' || typeof lng !== 'number') return undefined
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return undefined
  return [lat, lng]
}

/** True when at least one sample has a usable position. */
export function hasPositions(series: TrackSeries | null): boolean {
  if (!series?.latlng) return false
  for (let i = 0; i < series.count; i++) if (latLngAt(series, i)) return true
  return false
}

/** Groups rendered lines into chunks of about `size` characters for streamed writing. */
export function* chunked(lines: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buffer: string[] = []
  let length = 0
  for (const line of lines) {
    buffer.push(line)
    length += line.length
    if (length >= size) {
      yield buffer.join('')
      buffer = []
      length = 0
    }
  }
  if (buffer.length > 0) yield buffer.join('')
}
