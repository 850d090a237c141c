/**
 * GPX and TCX trackpoints, read in one streaming pass with saxes (a strict, non-validating XML
 * parser that never loads external entities). Elements are matched by local name, so any
 * namespace prefix works (`gpxtpx:`, Garmin Connect's `ns3:`, none), trackpoints without a
 * position are kept (indoor TCX), and every value stays with its own sample. No document tree
 * is built: a two-hour ride reads in a few tens of milliseconds instead of most of a second.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { CorruptFileError } from './corrupt-file'
import type { TrackPoint } from './track-points'

/** Receives the text of an element the reader asked for, once the element closes. */
type TextSink = (text: string) => void

/** Where an element sits inside a trackpoint element. */
interface Inside {
  /** The element's local name. */
  name: string
  /** 1 for a direct child of the trackpoint, 2 for a grandchild, ... */
  level: number
  /** The local name of the trackpoint's child this element is in (or is). */
  child: string
}

/** What one format says about its trackpoints; the walk over the document is shared. */
interface TrackFormat {
  root: string
  trackpoint: string
  begin(attributes: Record<string, string>): TrackPoint
  /** A sink when the element holds a value of the point, else null. */
  read(point: TrackPoint, inside: Inside): TextSink | null
  finish?(point: TrackPoint): void
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

function toTime(text: string): number | undefined {
  const value = Date.parse(text.trim())
  return Number.isNaN(value) ? undefined : value
}

/** Sensor values in GPX extensions, whichever vendor wrote them. */
const GPX_SENSORS: Record<string, keyof TrackPoint> = {
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

const TCX_EXTENSIONS: Record<string, keyof TrackPoint> = { Speed: 'speed', Watts: 'watts' }

/** The first value of a sensor wins; an element inside a sensor element is not read again. */
function sensorSink(point: TrackPoint, key: keyof TrackPoint): TextSink {
  return (text) => {
    point[key] ??= toNumber(text)
  }
}

function gpxPosition(attributes: Record<string, string>): TrackPoint {
  const lat = Number(attributes.lat)
  const lng = Number(attributes.lon)
  return Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
    ? { lat, lng }
    : {}
}

const GPX: TrackFormat = {
  root: 'gpx',
  trackpoint: 'trkpt',
  begin: gpxPosition,
  read(point, { name, level, child }) {
    if (level === 1) {
      if (name === 'ele') return (text) => (point.altitude = toNumber(text))
      if (name === 'time') return (text) => (point.timeMs = toTime(text))
      return null
    }
    const key = child === 'extensions' ? GPX_SENSORS[name] : undefined
    return key ? sensorSink(point, key) : null
  },
}

const TCX: TrackFormat = {
  root: 'TrainingCenterDatabase',
  trackpoint: 'Trackpoint',
  begin: () => ({}),
  read(point, { name, level, child }) {
    if (level === 1) {
      switch (name) {
        case 'Time':
          return (text) => (point.timeMs = toTime(text))
        case 'AltitudeMeters':
          return (text) => (point.altitude = toNumber(text))
        case 'DistanceMeters':
          return (text) => (point.distance = toNumber(text))
        case 'Cadence':
          return (text) => (point.cadence = toNumber(text))
        default:
          return null
      }
    }
    if (child === 'Position' && level === 2) {
      if (name === 'LatitudeDegrees') return (text) => (point.lat = toNumber(text))
      if (name === 'LongitudeDegrees') return (text) => (point.lng = toNumber(text))
    }
    if (child === 'HeartRateBpm' && name === 'Value') {
      return (text) => (point.heartrate = toNumber(text))
    }
    const key = child === 'Extensions' ? TCX_EXTENSIONS[name] : undefined
    return key ? sensorSink(point, key) : null
  },
  finish(point) {
    // Half a position is none.
    if (point.lat === undefined || point.lng === undefined) {
      delete point.lat
      delete point.lng
    }
  },
}

const FORMATS = { gpx: GPX, tcx: TCX } as const

class NotThisFormat extends Error {}

/** Trackpoints of a GPX or TCX document; a document that is not XML or not that format throws. */
export function readXmlTrack(text: string, format: 'gpx' | 'tcx'): TrackPoint[] {
  const track = FORMATS[format]
  const points: TrackPoint[] = []
  /** Local names of the open elements, outermost first. */
  const path: string[] = []
  /** The trackpoint being read, and how deep its element is. */
  let open: { point: TrackPoint; depth: number } | null = null
  let capture: { depth: number; text: string; sink: TextSink } | null = null
  const parser = new SaxesParser()
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    if (path.length === 0 && name !== track.root) throw new NotThisFormat()
    path.push(name)
    if (capture) return
    if (!open) {
      if (name === track.trackpoint)
        open = { point: track.begin(tag.attributes), depth: path.length }
      return
    }
    const inside = { name, level: path.length - open.depth, child: path[open.depth] ?? '' }
    const sink = track.read(open.point, inside)
    if (sink) capture = { depth: path.length, text: '', sink }
  })
  const collect = (chunk: string) => {
    if (capture) capture.text += chunk
  }
  parser.on('text', collect)
  parser.on('cdata', collect)
  parser.on('closetag', () => {
    if (capture?.depth === path.length) {
      capture.sink(capture.text)
      capture = null
    }
    if (open?.depth === path.length) {
      track.finish?.(open.point)
      points.push(open.point)
      open = null
    }
    path.pop()
  })
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close()
  } catch (error) {
    if (error instanceof NotThisFormat) {
      throw new CorruptFileError(`the file is not ${format.toUpperCase()}`)
    }
    throw new CorruptFileError(`the ${format.toUpperCase()} file is not well-formed XML`)
  }
  return points
}
