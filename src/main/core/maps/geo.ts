/**
 * Points, tracks and distances on the sphere shared by the map modules. Strava's `latlng` stream
 * is an array of [lat, lng] pairs in degrees; everything here reads that shape as is.
 */

/** One [latitude, longitude] pair in degrees, as in Strava's `latlng` stream. */
export type LatLngPoint = readonly [number, number]

/** A track as Strava's `latlng` stream gives it. */
export type LatLngTrack = ReadonlyArray<LatLngPoint>

/**
 * A track as the worker prepares it: latitude, longitude, latitude… in one array (NaN, NaN for
 * a sample without a position), which costs no object per point.
 */
export type Positions = Float64Array

/** A track's points as Positions. */
export function positionsOf(track: LatLngTrack): Positions {
  const out = new Float64Array(track.length * 2)
  track.forEach((point, i) => {
    out[2 * i] = point[0]
    out[2 * i + 1] = point[1]
  })
  return out
}

/** The mean Earth radius (IUGG), used for every distance in metres on the sphere. */
export const EARTH_RADIUS_M = 6_371_008.8

/** Radians per degree. */
export const DEG_TO_RAD = Math.PI / 180

/** Metres along a meridian per degree of latitude on the sphere of EARTH_RADIUS_M. */
export const METRES_PER_DEGREE = EARTH_RADIUS_M * DEG_TO_RAD

/** Whether a pair holds two finite numbers within the valid latitude and longitude ranges. */
export function isValidPoint(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
}

/**
 * Great-circle distance in metres between two points on the sphere (haversine). The WGS84
 * ellipsoid differs from this by at most about 0.5 %, which no decision here depends on.
 */
export function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG_TO_RAD
  const dLon = (lon2 - lon1) * DEG_TO_RAD
  const s = Math.sin(dLat / 2)
  const t = Math.sin(dLon / 2)
  const h = s * s + Math.cos(lat1 * DEG_TO_RAD) * Math.cos(lat2 * DEG_TO_RAD) * t * t
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** `lon - from` in degrees, taken the short way round, in [-180, 180). */
export function lonDelta(lon: number, from: number): number {
  const d = lon - from
  // Floating-point % is slow; nearby longitudes need none.
  if (d >= -180 && d < 180) return d
  return ((((d + 180) % 360) + 360) % 360) - 180
}
