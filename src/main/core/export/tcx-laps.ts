/**
 * Laps for TCX: the detail's laps (start_index/end_index into the streams) when they describe
 * the track consistently, else one lap of the whole activity. Every sample lands in exactly
 * one lap, so the laps' tracks together are the whole stream.
 */
import { startMillis, type StoredActivity } from './stored-activities'
import { numberAt, type TrackSeries } from './track-series'

type Json = Record<string, unknown>

export interface TcxLap {
  startMs: number
  totalTimeSeconds: number
  distanceMeters: number
  maximumSpeed?: number
  calories: number
  averageHeartRate?: number
  maximumHeartRate?: number
  cadence?: number
  averageWatts?: number
  /** Sample range, inclusive; empty when `first > last` (no streams). */
  first: number
  last: number
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** A whole number in [min, max], or undefined (schema types: unsigned byte, unsigned short). */
export function whole(value: unknown, min: number, max: number): number | undefined {
  const n = num(value)
  if (n === undefined) return undefined
  const rounded = Math.round(n)
  return rounded >= min && rounded <= max ? rounded : undefined
}

function detailLaps(activity: StoredActivity, count: number): Json[] | null {
  const laps = activity.detail?.laps
  if (!Array.isArray(laps) || laps.length === 0 || count === 0) return null
  const objects = laps.filter((l): l is Json => typeof l === 'object' && l !== null)
  if (objects.length !== laps.length) return null
  let previous = -1
  for (const lap of objects) {
    const start = lap.start_index
    if (typeof start !== 'number' || !Number.isInteger(start)) return null
    if (start <= previous || start >= count) return null
    previous = start
  }
  return objects
}

function seconds(series: TrackSeries | null, i: number): number {
  return numberAt(series?.time, i) ?? 0
}

/** Totals a lap would have from its own samples, for laps that do not say. */
function measured(series: TrackSeries | null, first: number, last: number) {
  if (!series || first > last) return { time: 0, distance: 0 }
  const distance = (numberAt(series.distance, last) ?? 0) - (numberAt(series.distance, first) ?? 0)
  return { time: seconds(series, last) - seconds(series, first), distance }
}

function calories(activity: StoredActivity): number {
  return whole(activity.detail?.calories ?? activity.summary.calories, 0, 65_535) ?? 0
}

export function planLaps(activity: StoredActivity, series: TrackSeries | null): TcxLap[] {
  const startMs = startMillis(activity)
  const count = series?.count ?? 0
  const laps = detailLaps(activity, count)
  if (!laps) {
    const s = activity.summary
    return [
      {
        startMs,
        totalTimeSeconds: activity.elapsedTime,
        distanceMeters: activity.distance,
        maximumSpeed: num(s.max_speed),
        calories: calories(activity),
        averageHeartRate: num(s.average_heartrate),
        maximumHeartRate: num(s.max_heartrate),
        cadence: num(s.average_cadence),
        averageWatts: num(s.average_watts),
        first: 0,
        last: count - 1,
      },
    ]
  }
  const planned = laps.map((lap, k): TcxLap => {
    const first = k === 0 ? 0 : (lap.start_index as number)
    const next = laps[k + 1]
    const last = next ? (next.start_index as number) - 1 : count - 1
    const own = measured(series, first, last)
    const lapStart = Date.parse(String(lap.start_date ?? ''))
    return {
      startMs: Number.isNaN(lapStart) ? startMs + seconds(series, first) * 1000 : lapStart,
      totalTimeSeconds: num(lap.elapsed_time) ?? own.time,
      distanceMeters: num(lap.distance) ?? own.distance,
      maximumSpeed: num(lap.max_speed),
      calories: 0,
      averageHeartRate: num(lap.average_heartrate),
      maximumHeartRate: num(lap.max_heartrate),
      cadence: num(lap.average_cadence),
      averageWatts: num(lap.average_watts),
      first,
      last,
    }
  })
  // Laps carry no calories on Strava: share the activity's by lap time so the laps add up.
  const total = calories(activity)
  const time = planned.reduce((sum, lap) => sum + lap.totalTimeSeconds, 0)
  let given = 0
  planned.forEach((lap, k) => {
    const share =
      k === planned.length - 1
        ? total - given
        : Math.round((total * lap.totalTimeSeconds) / (time || 1))
    lap.calories = Math.max(0, share)
    given += lap.calories
  })
  return planned
}
