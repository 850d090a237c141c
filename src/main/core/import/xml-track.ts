/**
 * GPX and TCX trackpoints, read from an @xmldom/xmldom document by walking it once. Elements are
 * matched by local name, so any namespace prefix works (`gpxtpx:`, Garmin Connect's `ns3:`, none),
 * trackpoints without a position are kept (indoor TCX), and every value stays with its own
 * sample. togeojson, tried first, lost each of these and took twice as long per file.
 */
import { DOMParser, onErrorStopParsing, type Element, type Node } from '@xmldom/xmldom'
import { CorruptFileError } from './corrupt-file'
import type { TrackPoint } from './track-points'

const ELEMENT_NODE = 1

function* elements(node: Node): Generator<Element> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) yield child as Element
  }
}

/** Elements named `name` anywhere below `node`, document order, not descending into matches. */
function* findAll(node: Node, name: string): Generator<Element> {
  for (const element of elements(node)) {
    if (element.localName === name) yield element
    else yield* findAll(element, name)
  }
}

function textNumber(element: Element): number | undefined {
  const text = element.textContent?.trim()
  if (!text) return undefined
  const value = Number(text)
  return Number.isFinite(value) ? value : undefined
}

function time(element: Element): number | undefined {
  const value = Date.parse(element.textContent?.trim() ?? '')
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

function readSensors(node: Element, point: TrackPoint, names: Record<string, keyof TrackPoint>) {
  for (const element of elements(node)) {
    const key = element.localName ? names[element.localName] : undefined
    if (key) point[key] ??= textNumber(element)
    else readSensors(element, point, names)
  }
}

function gpxPoint(trkpt: Element): TrackPoint {
  const lat = Number(trkpt.getAttribute('lat'))
  const lng = Number(trkpt.getAttribute('lon'))
  const point: TrackPoint =
    Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
      ? { lat, lng }
      : {}
  for (const element of elements(trkpt)) {
    if (element.localName === 'ele') point.altitude = textNumber(element)
    else if (element.localName === 'time') point.timeMs = time(element)
    else if (element.localName === 'extensions') readSensors(element, point, GPX_SENSORS)
  }
  return point
}

const TCX_EXTENSIONS: Record<string, keyof TrackPoint> = { Speed: 'speed', Watts: 'watts' }

function tcxPoint(trackpoint: Element): TrackPoint {
  const point: TrackPoint = {}
  for (const element of elements(trackpoint)) {
    switch (element.localName) {
      case 'Time':
        point.timeMs = time(element)
        break
      case 'Position':
        for (const part of elements(element)) {
          if (part.localName === 'LatitudeDegrees') point.lat = textNumber(part)
          if (part.localName === 'LongitudeDegrees') point.lng = textNumber(part)
        }
        break
      case 'AltitudeMeters':
        point.altitude = textNumber(element)
        break
      case 'DistanceMeters':
        point.distance = textNumber(element)
        break
      case 'HeartRateBpm':
        for (const value of findAll(element, 'Value')) point.heartrate = textNumber(value)
        break
      case 'Cadence':
        point.cadence = textNumber(element)
        break
      case 'Extensions':
        readSensors(element, point, TCX_EXTENSIONS)
    }
  }
  if (point.lat === undefined || point.lng === undefined) {
    delete point.lat
    delete point.lng
  }
  return point
}

/** Trackpoints of a GPX or TCX document; a document that is not XML or not that format throws. */
export function readXmlTrack(text: string, format: 'gpx' | 'tcx'): TrackPoint[] {
  let root: Element | null
  try {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    root = new DOMParser({ locator: false, onError: onErrorStopParsing }).parseFromString(
      source,
      'text/xml',
    ).documentElement
  } catch {
    throw new CorruptFileError(`the ${format.toUpperCase()} file is not well-formed XML`)
  }
  const expected = format === 'gpx' ? 'gpx' : 'TrainingCenterDatabase'
  if (root?.localName !== expected) {
    throw new CorruptFileError(`the file is not ${format.toUpperCase()}`)
  }
  return format === 'gpx'
    ? [...findAll(root, 'trkpt')].map(gpxPoint)
    : [...findAll(root, 'Trackpoint')].map(tcxPoint)
}
