/**
 * A stretch of a route compared across the activities that followed it: the user picks two
 * points on one activity's track; in each activity the first sample near the first point and
 * the first sample after it near the second bound the stretch, whose time, distance and mean
 * heart rate come from that activity's own streams.
 */
import type { StretchComparisonDto, StretchRowDto } from '../../../shared/maps-dto'
import { readStreams } from '../db/activities-repo'
import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import { haversineMetres, type LatLngPoint, type LatLngTrack } from './geo'
import { latlngOf } from './latlng-stream'
import { mapActivities } from './map-activities'
import { SAME_ROUTE_MAX_GAP_METRES } from './route-summary'

/** A stretch end further than this from an activity's track leaves the activity out. */
const NEAR_METRES = SAME_ROUTE_MAX_GAP_METRES
const MAX_PATH_POINTS = 400

interface Bounds {
  first: number
  last: number
}

/** The samples nearest `from` and then, after it, nearest `to`; null when either is too far. */
export function stretchBounds(
  track: LatLngTrack,
  from: LatLngPoint,
  to: LatLngPoint,
): Bounds | null {
  const nearest = (target: LatLngPoint, start: number) => {
    let best = -1
    let bestMetres = NEAR_METRES
    for (let i = start; i < track.length; i++) {
      const p = track[i]
      if (!p) continue
      const metres = haversineMetres(p[0], p[1], target[0], target[1])
      if (metres <= bestMetres) {
        best = i
        bestMetres = metres
      }
    }
    return best
  }
  const first = nearest(from, 0)
  if (first < 0) return null
  const last = nearest(to, first + 1)
  return last < 0 ? null : { first, last }
}

function numbers(stream: unknown): number[] | null {
  return Array.isArray(stream) ? (stream as number[]) : null
}

function rowFigures(db: AppDb, id: number, from: LatLngPoint, to: LatLngPoint) {
  const streams = readStreams(db, id)
  const track = latlngOf(streams)
  const bounds = stretchBounds(track, from, to)
  const time = numbers(streams?.time)
  if (!bounds || !time) return null
  const { first, last } = bounds
  const distance = numbers(streams?.distance)
  let metres = (distance?.[last] ?? NaN) - (distance?.[first] ?? NaN)
  if (!Number.isFinite(metres)) {
    metres = 0
    for (let i = first + 1; i <= last; i++) {
      const a = track[i - 1] as LatLngPoint
      const b = track[i] as LatLngPoint
      metres += haversineMetres(a[0], a[1], b[0], b[1])
    }
  }
  const hr =
    numbers(streams?.heartrate)
      ?.slice(first, last + 1)
      .filter(Number.isFinite) ?? []
  return {
    seconds: (time[last] ?? 0) - (time[first] ?? 0),
    metres,
    heartrate: hr.length > 0 ? hr.reduce((sum, v) => sum + v, 0) / hr.length : null,
    path: track.slice(first, last + 1),
  }
}

/** The stretch from `from` to `to` on activity `id`, and the same stretch in each of `others`. */
export function compareStretch(
  db: AppDb,
  id: number,
  others: readonly number[],
  from: LatLngPoint,
  to: LatLngPoint,
): StretchComparisonDto {
  const own = rowFigures(db, id, from, to)
  if (!own) {
    throw new AppError('INVALID_INPUT', 'Pick both ends of the stretch on the activity’s route.')
  }
  const figures = new Map<number, Omit<StretchRowDto, keyof ReturnType<typeof mapActivities>[0]>>()
  figures.set(id, own)
  for (const other of others) {
    const found = rowFigures(db, other, from, to)
    if (found) figures.set(other, found)
  }
  const rows = mapActivities(db, [...figures.keys()]).map((activity) => {
    const { seconds, metres, heartrate } = figures.get(activity.id) as StretchRowDto
    return { ...activity, seconds, metres, heartrate }
  })
  const step = Math.max(1, Math.ceil(own.path.length / MAX_PATH_POINTS))
  const path = own.path.filter((_, i) => i % step === 0 || i === own.path.length - 1)
  return { path: path.map(([lat, lon]) => [lat, lon]), rows }
}
