/**
 * Privacy zones applied to what an export writes beyond the streams: Strava's own JSON carries
 * positions too (`start_latlng`, `end_latlng`, `map.polyline`, `map.summary_polyline`, segment
 * ends), and every one inside a zone is left out the same way.
 */
import { isValidPoint, type LatLngPoint, type LatLngTrack } from './geo'
import { decodePolyline, encodePolyline } from './polyline-codec'
import { isInZone, trimToZones, type PrivacyZone } from './privacy-zones'

/** Whether any point of the track lies within a zone. */
export function touchesZones(track: LatLngTrack, zones: readonly PrivacyZone[]): boolean {
  return zones.length > 0 && trimToZones(track, zones).trimmed
}

function inAnyZone(point: LatLngPoint, zones: readonly PrivacyZone[]): boolean {
  return (
    isValidPoint(point[0], point[1]) && zones.some((zone) => isInZone(point[0], point[1], zone))
  )
}

/** An encoded polyline without the points within a zone, and how many it lost. */
export function trimPolyline(encoded: string, zones: readonly PrivacyZone[]) {
  const points = decodePolyline(encoded)
  const kept = points.filter((point) => !inAnyZone(point, zones))
  return {
    value: kept.length === points.length ? encoded : encodePolyline(kept),
    removed: points.length - kept.length,
  }
}

const POLYLINE_KEYS = new Set(['polyline', 'summary_polyline'])

function isPair(value: unknown): value is LatLngPoint {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number'
  )
}

/**
 * A copy of Strava JSON (a summary or a detail) with every position within a zone left out: a
 * `…latlng` pair inside one becomes null, polylines lose those points. The input is unchanged.
 */
export function trimJsonPositions(value: unknown, zones: readonly PrivacyZone[]) {
  let removed = 0
  const walk = (node: unknown, key: string): unknown => {
    if (zones.length === 0) return node
    if (typeof node === 'string' && POLYLINE_KEYS.has(key)) {
      const trimmed = trimPolyline(node, zones)
      removed += trimmed.removed
      return trimmed.value
    }
    if (key.endsWith('latlng') && isPair(node)) {
      if (!inAnyZone(node, zones)) return node
      removed++
      return null
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, key))
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]))
    }
    return node
  }
  return { value: walk(value, ''), removed }
}
