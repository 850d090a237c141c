/** Google encoded-polyline algorithm, precision 5, as Strava's map fields use. */
import type { LatLng } from './types'

function encodeValue(value: number): string {
  let v = value < 0 ? ~(value << 1) : value << 1
  let out = ''
  while (v >= 0x20) {
    out += String.fromCharCode((0x20 | (v & 0x1f)) + 63)
    v >>= 5
  }
  return out + String.fromCharCode(v + 63)
}

export function encodePolyline(points: readonly LatLng[]): string {
  let prevLat = 0
  let prevLng = 0
  const parts: string[] = []
  for (const [lat, lng] of points) {
    const latE5 = Math.round(lat * 1e5)
    const lngE5 = Math.round(lng * 1e5)
    parts.push(encodeValue(latE5 - prevLat), encodeValue(lngE5 - prevLng))
    prevLat = latE5
    prevLng = lngE5
  }
  // join() gives a flat string; += would keep a rope of small pieces in memory per activity.
  return parts.join('')
}

/** Inverse of encodePolyline; used by tests to check routes and streams agree. */
export function decodePolyline(encoded: string): LatLng[] {
  const points: LatLng[] = []
  let index = 0
  let lat = 0
  let lng = 0
  const readValue = (): number => {
    let result = 0
    let shift = 0
    let byte: number
    do {
      byte = encoded.charCodeAt(index++) - 63
      result |= (byte & 0x1f) << shift
      shift += 5
    } while (byte >= 0x20)
    return result & 1 ? ~(result >> 1) : result >> 1
  }
  while (index < encoded.length) {
    lat += readValue()
    lng += readValue()
    points.push([lat / 1e5, lng / 1e5])
  }
  return points
}
