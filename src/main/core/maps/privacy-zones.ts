/**
 * Privacy zones: circles round places a user keeps private (home, work). Every exported track
 * and shared picture leaves out each point within a zone; stored data is unchanged
 * (cli-contract.md, Maps). A point is within a zone when its haversine distance from the centre
 * is at most the radius: the spherical great-circle distance on the mean Earth radius, so the
 * boundary is exact on that sphere (the WGS84 ellipsoid differs by under 0.5 %, 0.5 m at 100 m).
 * A latitude/longitude box round each zone settles most points with two comparisons.
 */
import {
  DEG_TO_RAD,
  EARTH_RADIUS_M,
  haversineMetres,
  lonDelta,
  METRES_PER_DEGREE,
  type LatLngTrack,
} from './geo'

/** A circle whose points never leave the app (the contract's `privacy list` shape). */
export interface PrivacyZone {
  id: number
  lat: number
  lon: number
  /** Metres. */
  radius: number
}

/** Which points of a track survive the zones. */
export interface ZoneTrim {
  /** keep[i] is 1 when point i lies outside every zone. */
  keep: Uint8Array
  removed: number
  trimmed: boolean
}

interface ZoneBox {
  zone: PrivacyZone
  latSpan: number
  /** Half-width in degrees of longitude; 180 when the zone reaches a pole. */
  lonSpan: number
}

/**
 * The box holding every point within the zone: along a meridian the distance is at least
 * R·|Δφ|; across, sin(Δλ/2) ≤ sin(d/2R) / cos φ at the box's poleward edge.
 */
function boxOf(zone: PrivacyZone): ZoneBox {
  const slack = 1 + 1e-9
  const latSpan = (zone.radius / METRES_PER_DEGREE) * slack
  const cosEdge = Math.cos(Math.min(90, Math.abs(zone.lat) + latSpan) * DEG_TO_RAD)
  const ratio = Math.sin(zone.radius / EARTH_RADIUS_M / 2) / Math.max(cosEdge, 1e-12)
  const lonSpan = ratio >= 1 ? 180 : ((2 * Math.asin(ratio)) / DEG_TO_RAD) * slack
  return { zone, latSpan, lonSpan }
}

function usable(zone: PrivacyZone): boolean {
  return [zone.lat, zone.lon, zone.radius].every(Number.isFinite) && zone.radius >= 0
}

/** Whether a point is within a zone (distance from the centre at most the radius). */
export function isInZone(lat: number, lon: number, zone: PrivacyZone): boolean {
  return haversineMetres(zone.lat, zone.lon, lat, lon) <= zone.radius
}

/**
 * Marks the points of a track outside every zone. Points without a valid position are kept:
 * they place nothing on a map. O(points × zones), with trigonometry only inside a zone's box.
 */
export function trimToZones(latlng: LatLngTrack, zones: readonly PrivacyZone[]): ZoneTrim {
  const boxes = zones.filter(usable).map(boxOf)
  const keep = new Uint8Array(latlng.length).fill(1)
  let removed = 0
  for (let i = 0; i < latlng.length; i++) {
    const point = latlng[i]
    if (!point) continue
    const lat = point[0]
    const lon = point[1]
    for (const { zone, latSpan, lonSpan } of boxes) {
      if (Math.abs(lat - zone.lat) > latSpan) continue
      if (Math.abs(lonDelta(lon, zone.lon)) > lonSpan) continue
      if (isInZone(lat, lon, zone)) {
        keep[i] = 0
        removed++
        break
      }
    }
  }
  return { keep, removed, trimmed: removed > 0 }
}

function isPair(value: unknown): value is readonly [number, number] {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number'
}

/** A malformed sample becomes a point with no position, which is kept like one. */
function toPair(value: unknown): readonly [number, number] {
  return isPair(value) ? value : [Number.NaN, Number.NaN]
}

/**
 * A copy of an activity's streams without the points within any zone: every array stream
 * (latlng and its parallel time, distance, heart rate …) loses the same samples. Values are not
 * rebased, so times and distances keep their true offsets from the start. The input is unchanged.
 */
export function trimStreams<S extends { readonly [key: string]: readonly unknown[] | undefined }>(
  streams: S,
  zones: readonly PrivacyZone[],
): { streams: S; removed: number; trimmed: boolean } {
  const latlng = streams['latlng']
  if (!latlng || zones.length === 0) return { streams, removed: 0, trimmed: false }
  const points = latlng.every(isPair) ? (latlng as LatLngTrack) : latlng.map(toPair)
  const { keep, removed, trimmed } = trimToZones(points, zones)
  if (!trimmed) return { streams, removed, trimmed }
  const copy: Record<string, unknown[] | undefined> = {}
  for (const [key, values] of Object.entries(streams)) {
    copy[key] = values?.filter((_, i) => i >= keep.length || keep[i] === 1)
  }
  return { streams: copy as S, removed, trimmed }
}
