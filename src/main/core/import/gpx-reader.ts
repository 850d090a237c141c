/**
 * A GPX 1.0/1.1 document read in one streaming pass: every `trkpt` with its own position, time,
 * elevation and sensor extensions (any namespace prefix: Strava's `gpxtpx:`, Garmin Connect's
 * `ns3:`, none), plus the names and types of its tracks and the program that wrote it. GPX 1.1
 * starts a new `trkseg` where reception was lost or the receiver was off: the first point of
 * every later segment or track is marked `breakBefore`, so no line or distance joins them.
 */
import type { TrackPoint } from './track-points'
import { walkXml, type TextSink, type XmlInput } from './xml-walk'
import { parseXmlTime, toNumber } from './xml-values'

export interface GpxTrack {
  name?: string
  type?: string
  /** Index of the track's first point in `points`. */
  start: number
}

export interface GpxDocument {
  points: TrackPoint[]
  /** Tracks with at least one point, in file order. */
  tracks: GpxTrack[]
  name?: string
  /** The `creator` attribute: the program or device that wrote the file. */
  creator?: string
}

/** Sensor values in GPX extensions, whichever vendor wrote them. */
const SENSORS: Record<string, keyof TrackPoint> = {
  hr: 'heartrate',
  heartrate: 'heartrate',
  cad: 'cadence',
  cadence: 'cadence',
  power: 'watts',
  watts: 'watts',
  PowerInWatts: 'watts',
  atemp: 'temp',
  temp: 'temp',
  speed: 'speed',
}

function position(attributes: Record<string, string>): TrackPoint {
  const lat = Number(attributes.lat)
  const lng = Number(attributes.lon)
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
    ? { lat, lng }
    : {}
}

const text = (value: string) => value.trim() || undefined

/** Reads a GPX document; one that is not XML or not GPX throws CorruptFileError. */
export function readGpx(input: XmlInput): GpxDocument {
  const doc: GpxDocument = { points: [], tracks: [] }
  let track: GpxTrack | null = null
  let segmentStart = false
  let point: { value: TrackPoint; depth: number } | null = null
  walkXml(
    input,
    {
      root: 'gpx',
      open(path, attributes): TextSink | null {
        const name = path[path.length - 1] as string
        const parent = path[path.length - 2]
        if (path.length === 1) doc.creator = text(attributes.creator ?? '')
        if (point) return readPoint(point.value, path, point.depth)
        if (name === 'trkpt') point = { value: position(attributes), depth: path.length }
        else if (name === 'trk') track = { start: -1 }
        else if (name === 'trkseg') segmentStart = true
        else if (name === 'name' && parent === 'trk' && track) {
          const t = track
          return (value) => (t.name = text(value))
        } else if (name === 'type' && parent === 'trk' && track) {
          const t = track
          return (value) => (t.type = text(value))
        } else if (name === 'name' && parent === 'metadata') return (v) => (doc.name = text(v))
        return null
      },
      close(path) {
        if (point?.depth !== path.length) return
        const value = point.value
        point = null
        if (doc.points.length > 0 && track?.start === -1) value.breakBefore = 'track'
        else if (doc.points.length > 0 && segmentStart) value.breakBefore = 'segment'
        if (track?.start === -1) {
          track.start = doc.points.length
          doc.tracks.push(track)
        }
        segmentStart = false
        doc.points.push(value)
      },
    },
    'GPX',
  )
  return doc
}

/** A sink for an element inside the trackpoint whose element is at `path[depth - 1]`. */
function readPoint(point: TrackPoint, path: readonly string[], depth: number): TextSink | null {
  const name = path[path.length - 1] as string
  const level = path.length - depth
  if (level === 1) {
    if (name === 'ele') return (value) => (point.altitude = toNumber(value))
    if (name === 'time') return (value) => (point.timeMs = parseXmlTime(value))
    return null
  }
  const key = path[depth] === 'extensions' ? SENSORS[name] : undefined
  // The first value of a sensor wins; an element inside a sensor element is not read again.
  return key ? (value) => void (point[key] ??= toNumber(value) as never) : null
}
