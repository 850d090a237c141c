/**
 * GPX 1.1 with Garmin's TrackPointExtension v1 (air temperature, heart rate, cadence) and a
 * `<power>` extension for watts, the form Strava, Garmin and most tools read.
 */
import { startMillis, type StoredActivity } from './stored-activities'
import { chunked, latLngAt, numberAt, wholeAt, type TrackSeries } from './track-series'
import { escapeXml, isoTime, textElement, xmlNumber } from './xml-text'

export const GPX_NS = 'http://www.topografix.com/GPX/1/1'
export const GPXTPX_NS = 'http://www.garmin.com/xmlschemas/TrackPointExtension/v1'
const SCHEMA_LOCATION = [
  GPX_NS,
  'http://www.topografix.com/GPX/1/1/gpx.xsd',
  GPXTPX_NS,
  'https://www8.garmin.com/xmlschemas/TrackPointExtensionv1.xsd',
].join(' ')

/** The activity on Strava; null for one known only from a device file (a local id). */
export function stravaUrl(id: number): string | null {
  return id > 0 ? `https://www.strava.com/activities/${id}` : null
}

function description(activity: StoredActivity): string | null {
  const text = activity.detail?.description
  return typeof text === 'string' && text.trim() !== '' ? text : null
}

function header(activity: StoredActivity, startMs: number): string {
  const desc = description(activity)
  const url = stravaUrl(activity.id)
  const link =
    url === null ? '' : `<link href="${escapeXml(url)}"><text>View on Strava</text></link>`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<gpx version="1.1" creator="Trailkeep" xmlns="${GPX_NS}"`,
    ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:gpxtpx="${GPXTPX_NS}"`,
    ` xsi:schemaLocation="${SCHEMA_LOCATION}">\n`,
    // GPX 1.1 order: metadata (name, desc, link, time), then trk (name, desc, link, type, trkseg).
    ` <metadata>${textElement('name', activity.name)}`,
    desc === null ? '' : textElement('desc', desc),
    `${link}<time>${isoTime(startMs)}</time></metadata>\n`,
    ` <trk>${textElement('name', activity.name)}`,
    desc === null ? '' : textElement('desc', desc),
    `${link}${textElement('type', activity.sportType)}\n  <trkseg>\n`,
  ].join('')
}

/** The extensions of one point; element order follows TrackPointExtension v1's schema. */
function extensions(series: TrackSeries, i: number): string {
  const atemp = numberAt(series.temp, i)
  const hr = wholeAt(series.heartrate, i, 0, 255)
  const cad = wholeAt(series.cadence, i, 0, 254)
  const power = wholeAt(series.watts, i, 0, 65_535)
  let tpx = ''
  if (atemp !== undefined) tpx += `<gpxtpx:atemp>${xmlNumber(atemp)}</gpxtpx:atemp>`
  if (hr !== undefined) tpx += `<gpxtpx:hr>${hr}</gpxtpx:hr>`
  if (cad !== undefined) tpx += `<gpxtpx:cad>${cad}</gpxtpx:cad>`
  const parts = tpx === '' ? '' : `<gpxtpx:TrackPointExtension>${tpx}</gpxtpx:TrackPointExtension>`
  const watts = power === undefined ? '' : `<power>${power}</power>`
  return parts === '' && watts === '' ? '' : `<extensions>${parts}${watts}</extensions>`
}

function* points(series: TrackSeries, startMs: number): Generator<string> {
  for (let i = 0; i < series.count; i++) {
    const position = latLngAt(series, i)
    const seconds = numberAt(series.time, i)
    if (!position || seconds === undefined) continue
    const ele = numberAt(series.altitude, i)
    yield (
      `   <trkpt lat="${xmlNumber(position[0])}" lon="${xmlNumber(position[1])}">` +
      (ele === undefined ? '' : `<ele>${xmlNumber(ele)}</ele>`) +
      `<time>${isoTime(startMs + seconds * 1000)}</time>` +
      `${extensions(series, i)}</trkpt>\n`
    )
  }
}

/** The GPX document of one activity with a track, as chunks of text. */
export function* renderGpx(activity: StoredActivity, series: TrackSeries): Generator<string> {
  const startMs = startMillis(activity)
  yield header(activity, startMs)
  yield* chunked(points(series, startMs))
  yield '  </trkseg>\n </trk>\n</gpx>\n'
}
