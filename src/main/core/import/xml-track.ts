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

/**
 * Reads one format. `open` sees the local names of every open element, outermost first, and
 * returns a sink when it wants the new element's text; `close` runs before an element closes.
 */
interface TrackReader {
  open(path: readonly string[], attributes: Record<string, string>): TextSink | null
  close(path: readonly string[]): void
  readonly points: TrackPoint[]
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

function createGpxReader(): TrackReader {
  const points: TrackPoint[] = []
  let point: TrackPoint | null = null
  let depth = 0
  return {
    points,
    open(path, attributes) {
      const name = path[path.length - 1] ?? ''
      if (!point) {
        if (name === 'trkpt') {
          point = gpxPosition(attributes)
          depth = path.length
        }
        return null
      }
      const current = point
      if (path.length === depth + 1) {
        if (name === 'ele') return (text) => (current.altitude = toNumber(text))
        if (name === 'time') return (text) => (current.timeMs = toTime(text))
        return null
      }
      const key = path[depth] === 'extensions' ? GPX_SENSORS[name] : undefined
      return key ? sensorSink(current, key) : null
    },
    close(path) {
      if (point && path.length === depth) {
        points.push(point)
        point = null
      }
    },
  }
}

function createTcxReader(): TrackReader {
  const points: TrackPoint[] = []
  let point: TrackPoint | null = null
  let depth = 0
  return {
    points,
    open(path) {
      const name = path[path.length - 1] ?? ''
      if (!point) {
        if (name === 'Trackpoint') {
          point = {}
          depth = path.length
        }
        return null
      }
      const current = point
      const below = path[depth]
      if (path.length === depth + 1) {
        switch (name) {
          case 'Time':
            return (text) => (current.timeMs = toTime(text))
          case 'AltitudeMeters':
            return (text) => (current.altitude = toNumber(text))
          case 'DistanceMeters':
            return (text) => (current.distance = toNumber(text))
          case 'Cadence':
            return (text) => (current.cadence = toNumber(text))
          default:
            return null
        }
      }
      if (below === 'Position' && path.length === depth + 2) {
        if (name === 'LatitudeDegrees') return (text) => (current.lat = toNumber(text))
        if (name === 'LongitudeDegrees') return (text) => (current.lng = toNumber(text))
      }
      if (below === 'HeartRateBpm' && name === 'Value') {
        return (text) => (current.heartrate = toNumber(text))
      }
      const key = below === 'Extensions' ? TCX_EXTENSIONS[name] : undefined
      return key ? sensorSink(current, key) : null
    },
    close(path) {
      if (!point || path.length !== depth) return
      if (point.lat === undefined || point.lng === undefined) {
        delete point.lat
        delete point.lng
      }
      points.push(point)
      point = null
    },
  }
}

const FORMATS = {
  gpx: { root: 'gpx', createReader: createGpxReader },
  tcx: { root: 'TrainingCenterDatabase', createReader: createTcxReader },
} as const

class NotThisFormat extends Error {}

/** Trackpoints of a GPX or TCX document; a document that is not XML or not that format throws. */
export function readXmlTrack(text: string, format: 'gpx' | 'tcx'): TrackPoint[] {
  const { root, createReader } = FORMATS[format]
  const reader = createReader()
  const path: string[] = []
  let capture: { depth: number; text: string; sink: TextSink } | null = null
  const parser = new SaxesParser()
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    if (path.length === 0 && name !== root) throw new NotThisFormat()
    path.push(name)
    if (capture) return
    const sink = reader.open(path, tag.attributes)
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
    reader.close(path)
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
  return reader.points
}
