/**
 * Samples read from an original file, turned into streams shaped like the API's (keyed by
 * Strava stream type, one value per sample), so the app cannot tell the two apart.
 */
import type { StreamSet } from '../strava/activity-schemas'
import { cleanTrack } from './clean-track'

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
  /**
   * The sample starts a new GPX track or segment (or TCX track): no line and no distance join
   * it to the sample before.
   */
  breakBefore?: 'segment' | 'track'
}

/** Sample fields that hold a number. */
export type NumericKey =
  'altitude' | 'distance' | 'speed' | 'heartrate' | 'cadence' | 'watts' | 'temp'

/** Streams with their sample types spelled out; assignable to the API's StreamSet. */
export interface TrackStreams {
  time: number[]
  latlng?: [number, number][]
  distance?: number[]
  altitude?: number[]
  velocity_smooth?: number[]
  heartrate?: number[]
  cadence?: number[]
  watts?: number[]
  temp?: number[]
  moving?: boolean[]
}

type SeriesKey = Exclude<keyof TrackStreams, 'time' | 'latlng' | 'moving'>
const SERIES: readonly [NumericKey, SeriesKey][] = [
  ['distance', 'distance'],
  ['altitude', 'altitude'],
  ['speed', 'velocity_smooth'],
  ['heartrate', 'heartrate'],
  ['cadence', 'cadence'],
  ['watts', 'watts'],
  ['temp', 'temp'],
]

const EARTH_RADIUS_M = 6_371_008.8

/** Great-circle distance in metres. */
export function metersBetween(a: readonly [number, number], b: readonly [number, number]): number {
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

const round = (value: number, digits: number) => {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/**
 * A device's distance made continuous: multisport files restart it at each leg. A drop to half
 * the last value or less is a restart, and the finished leg's distance is added from there on;
 * a file without restarts keeps its values as written.
 */
function continuous(distance: number[]): number[] {
  let offset = 0
  let previous = distance[0] ?? 0
  return distance.map((value) => {
    if (value < previous && value <= previous / 2) offset += previous
    previous = value
    return offset === 0 ? value : round(offset + value, 2)
  })
}

/**
 * Streams of samples already in time order (see cleanTrack): `time` counts seconds from the
 * first sample; distance comes from the positions when the file has none, never across a break.
 */
export function trackStreams(points: readonly TrackPoint[]): TrackStreams {
  const first = (points[0]?.timeMs as number) ?? 0
  const streams: TrackStreams = { time: points.map((p) => ((p.timeMs as number) - first) / 1000) }
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
  if (streams.distance) streams.distance = continuous(streams.distance)
  else if (latlng) {
    let total = 0
    streams.distance = latlng.map((position, i) => {
      if (i > 0 && !points[i]?.breakBefore) {
        total += metersBetween(latlng[i - 1] as [number, number], position)
      }
      return round(total, 1)
    })
  }
  return streams
}

/**
 * Streams from samples in file order: samples without a usable time, or whose time goes back,
 * are dropped (cleanTrack). Null when the samples carry no usable times.
 */
export function pointsToStreams(input: readonly TrackPoint[]): StreamSet | null {
  const track = cleanTrack(input)
  return track.timing === 'ok' ? trackStreams(track.points) : null
}
