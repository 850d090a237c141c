/**
 * A local equirectangular projection in metres: y = R·Δφ, x = R·cos φ0·Δλ around a reference
 * point. Over a route's extent this is accurate enough for the 100 m same-route test: east-west
 * scale is off by about |φ − φ0|·tan φ0, e.g. under 1 % for points within 0.5° (55 km) of the
 * reference at 60° N, so a 100 m gap is measured within 1 m; along a meridian it is exact on the
 * sphere. Longitudes are taken the short way round from the reference, so a track crossing the
 * antimeridian projects in one piece. It breaks down within a few degrees of the poles.
 */
import { DEG_TO_RAD, isValidPoint, lonDelta, METRES_PER_DEGREE, type LatLngTrack } from './geo'

/** Reference point of a local projection and its east-west scale. */
export interface LocalProjection {
  lat0: number
  lon0: number
  /** Metres per degree of longitude at lat0. */
  metresPerLon: number
}

/** The projection centred on (lat0, lon0). */
export function localProjection(lat0: number, lon0: number): LocalProjection {
  return { lat0, lon0, metresPerLon: METRES_PER_DEGREE * Math.cos(lat0 * DEG_TO_RAD) }
}

/** The valid points of a track projected to metres, interleaved x0, y0, x1, y1, … */
export function projectToMetres(track: LatLngTrack, projection: LocalProjection): Float64Array {
  const out = new Float64Array(track.length * 2)
  let n = 0
  for (const point of track) {
    const lat = point[0]
    const lon = point[1]
    if (!isValidPoint(lat, lon)) continue
    out[n++] = lonDelta(lon, projection.lon0) * projection.metresPerLon
    out[n++] = (lat - projection.lat0) * METRES_PER_DEGREE
  }
  return n === out.length ? out : out.slice(0, n)
}
