/**
 * A Garmin Training Center (TCX v2) document read in one streaming pass: every `Trackpoint`
 * (indoor ones without a position included), each `Activity` with its `Sport`, notes, creator
 * and `Lap` totals. A lap holds one `Track` per stretch the timer ran; the first point of every
 * later track is marked `breakBefore`. Course files (`Courses`) are counted, not read as activities.
 */
import type { NumericKey, TrackPoint } from './track-points'
import { walkXml, type TextSink, type XmlInput } from './xml-walk'
import { parseXmlTime, toNumber } from './xml-values'

export interface TcxLap {
  startMs?: number
  /** Index of the first point read after the lap opened. */
  start: number
  /** TotalTimeSeconds: the time the timer ran. */
  timerTime?: number
  distance?: number
  maxSpeed?: number
  calories?: number
  averageHeartrate?: number
  maxHeartrate?: number
  averageCadence?: number
  averageSpeed?: number
  averageWatts?: number
  maxWatts?: number
}

export interface TcxActivity {
  sport?: string
  notes?: string
  /** Creator/Name: the device. */
  device?: string
  laps: TcxLap[]
  /** Points `start` (inclusive) to `end` (exclusive) belong to this activity. */
  start: number
  end: number
}

export interface TcxDocument {
  points: TrackPoint[]
  activities: TcxActivity[]
  courses: number
}

type LapKey = Exclude<keyof TcxLap, 'start' | 'startMs'>
const LAP_VALUES: Record<string, LapKey> = {
  TotalTimeSeconds: 'timerTime',
  DistanceMeters: 'distance',
  MaximumSpeed: 'maxSpeed',
  Calories: 'calories',
  Cadence: 'averageCadence',
}
const LAP_EXTENSIONS: Record<string, LapKey> = {
  AvgSpeed: 'averageSpeed',
  AvgWatts: 'averageWatts',
  MaxWatts: 'maxWatts',
}
const POINT_VALUES: Record<string, NumericKey> = {
  AltitudeMeters: 'altitude',
  DistanceMeters: 'distance',
  Cadence: 'cadence',
}
const POINT_EXTENSIONS: Record<string, NumericKey> = { Speed: 'speed', Watts: 'watts' }

const text = (value: string) => value.trim() || undefined

/** Reads a TCX document; one that is not XML or not TCX throws CorruptFileError. */
export function readTcx(input: XmlInput): TcxDocument {
  const doc: TcxDocument = { points: [], activities: [], courses: 0 }
  let activity: TcxActivity | null = null
  let lap: TcxLap | null = null
  let tracksInLap = 0
  let breakNext: TrackPoint['breakBefore'] = undefined
  let point: { value: TrackPoint; depth: number } | null = null
  const lapSink =
    (l: TcxLap, key: LapKey): TextSink =>
    (v) =>
      (l[key] = toNumber(v))
  walkXml(
    input,
    {
      root: 'TrainingCenterDatabase',
      open(path, attributes): TextSink | null {
        const name = path[path.length - 1] as string
        const parent = path[path.length - 2]
        if (point) return readPoint(point.value, path, point.depth)
        if (name === 'Trackpoint') {
          point = { value: {}, depth: path.length }
        } else if (name === 'Activity') {
          const start = doc.points.length
          activity = { sport: text(attributes.Sport ?? ''), laps: [], start, end: start }
          doc.activities.push(activity)
          if (start > 0) breakNext = 'track'
        } else if (name === 'Course') {
          doc.courses++
        } else if (name === 'Lap' && activity) {
          lap = { startMs: parseXmlTime(attributes.StartTime ?? ''), start: doc.points.length }
          activity.laps.push(lap)
          tracksInLap = 0
        } else if (name === 'Track') {
          if (tracksInLap++ > 0 || (!lap && doc.points.length > 0)) breakNext ??= 'segment'
        } else if (lap && parent === 'Lap' && LAP_VALUES[name]) {
          return lapSink(lap, LAP_VALUES[name])
        } else if (lap && name === 'Value' && parent === 'AverageHeartRateBpm') {
          return lapSink(lap, 'averageHeartrate')
        } else if (lap && name === 'Value' && parent === 'MaximumHeartRateBpm') {
          return lapSink(lap, 'maxHeartrate')
        } else if (lap && path.includes('Extensions') && LAP_EXTENSIONS[name]) {
          return lapSink(lap, LAP_EXTENSIONS[name])
        } else if (activity && parent === 'Activity' && name === 'Notes') {
          const a = activity
          return (v) => (a.notes = text(v))
        } else if (activity && parent === 'Creator' && name === 'Name') {
          const a = activity
          return (v) => (a.device = text(v))
        }
        return null
      },
      close(path) {
        const name = path[path.length - 1]
        if (point?.depth === path.length) {
          const value = point.value
          point = null
          // Half a position is none.
          if (value.lat === undefined || value.lng === undefined) {
            delete value.lat
            delete value.lng
          }
          if (breakNext && doc.points.length > 0) value.breakBefore = breakNext
          breakNext = undefined
          doc.points.push(value)
          if (activity) activity.end = doc.points.length
        } else if (name === 'Lap') lap = null
        else if (name === 'Activity') activity = null
      },
    },
    'TCX',
  )
  return doc
}

/** A sink for an element inside the trackpoint whose element is at `path[depth - 1]`. */
function readPoint(point: TrackPoint, path: readonly string[], depth: number): TextSink | null {
  const name = path[path.length - 1] as string
  const level = path.length - depth
  const child = path[depth]
  if (level === 1) {
    if (name === 'Time') return (v) => (point.timeMs = parseXmlTime(v))
    const key = POINT_VALUES[name]
    return key ? (v) => (point[key] = toNumber(v)) : null
  }
  if (child === 'Position' && level === 2) {
    if (name === 'LatitudeDegrees') return (v) => (point.lat = toNumber(v))
    if (name === 'LongitudeDegrees') return (v) => (point.lng = toNumber(v))
  }
  if (child === 'HeartRateBpm' && name === 'Value') return (v) => (point.heartrate = toNumber(v))
  const key = child === 'Extensions' ? POINT_EXTENSIONS[name] : undefined
  return key ? (v) => void (point[key] ??= toNumber(v)) : null
}
