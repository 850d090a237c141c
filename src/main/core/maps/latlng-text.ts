/**
 * The `latlng` stream read straight from the stored streams' JSON text, without parsing the other
 * streams: the maps need only positions, and JSON.parse of every stream was most of the cost of
 * preparing an activity. Numbers are read with Number(), as JSON.parse reads them.
 */
import type { LatLngPoint, LatLngTrack } from './geo'

const KEY = '"latlng":['
const NO_POSITION: LatLngPoint = [Number.NaN, Number.NaN]

/**
 * The positions of the `latlng` stream in `json` (JSON.stringify of a stream set), [] when it
 * has none, or null when the text is not in the expected shape (then parse it whole).
 */
export function latlngFromJson(json: string): LatLngTrack | null {
  const at = json.indexOf(KEY)
  if (at < 0) return []
  const points: LatLngPoint[] = []
  let i = at + KEY.length
  for (;;) {
    const c = json.charCodeAt(i)
    if (c === 93 /* ] */) return points
    if (c === 44 /* , */) {
      i++
      continue
    }
    if (c !== 91 /* [ */) {
      // Anything but a pair (null, a number): a sample with no position, up to the next comma.
      const end = nextDelimiter(json, i)
      if (end < 0) return null
      points.push(NO_POSITION)
      i = end
      continue
    }
    const comma = json.indexOf(',', i + 1)
    const close = json.indexOf(']', i + 1)
    if (comma < 0 || close < 0 || comma > close) return null
    const lat = Number(json.slice(i + 1, comma))
    const lon = Number(json.slice(comma + 1, close))
    points.push(Number.isNaN(lat) || Number.isNaN(lon) ? NO_POSITION : [lat, lon])
    i = close + 1
  }
}

function nextDelimiter(json: string, from: number): number {
  for (let i = from; i < json.length; i++) {
    const c = json.charCodeAt(i)
    if (c === 44 || c === 93) return i
  }
  return -1
}
