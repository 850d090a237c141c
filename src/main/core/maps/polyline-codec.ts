/** Google's encoded polyline (precision 5), as Strava's `map.polyline` fields hold tracks. */
import type { LatLngPoint } from './geo'

/** The points of an encoded polyline; a malformed tail is left out. */
export function decodePolyline(encoded: string): LatLngPoint[] {
  const points: LatLngPoint[] = []
  let at = 0
  let lat = 0
  let lon = 0
  const next = (): number | null => {
    let result = 0
    let shift = 0
    for (;;) {
      if (at >= encoded.length) return null
      const byte = encoded.charCodeAt(at++) - 63
      result |= (byte & 0x1f) << shift
      shift += 5
      if (byte < 0x20) break
      if (shift > 30) return null
    }
    return result & 1 ? ~(result >> 1) : result >> 1
  }
  while (at < encoded.length) {
    const dLat = next()
    const dLon = next()
    if (dLat === null || dLon === null) break
    lat += dLat
    lon += dLon
    points.push([lat / 1e5, lon / 1e5])
  }
  return points
}

function encodeValue(value: number): string {
  let v = value < 0 ? ~(value << 1) : value << 1
  let out = ''
  while (v >= 0x20) {
    out += String.fromCharCode((0x20 | (v & 0x1f)) + 63)
    v >>= 5
  }
  return out + String.fromCharCode(v + 63)
}

/** The points as an encoded polyline. */
export function encodePolyline(points: readonly LatLngPoint[]): string {
  let lat = 0
  let lon = 0
  let out = ''
  for (const [pLat, pLon] of points) {
    const nextLat = Math.round(pLat * 1e5)
    const nextLon = Math.round(pLon * 1e5)
    out += encodeValue(nextLat - lat) + encodeValue(nextLon - lon)
    lat = nextLat
    lon = nextLon
  }
  return out
}
