/**
 * The route line of the activity list's thumbnails, as Strava's `map.summary_polyline` gives it
 * for API activities: a Google encoded polyline (@mapbox/polyline), simplified so that no
 * recorded point lies more than about 20 m from it (maps/simplify-track.ts).
 */
import polyline from '@mapbox/polyline'
import { simplifyPolyline } from '../../maps/simplify-track'

/** Polyline precision 5: coordinates in units of 1e-5 degrees. */
const SCALE = 1e5
/** 2e-4 degrees, about 20 m. */
const TOLERANCE = 20

/** The encoded, simplified line through `latlng`; null when there are fewer than two points. */
export function summaryPolylineOf(latlng: readonly (readonly [number, number])[]): string | null {
  if (latlng.length < 2) return null
  const coords = new Int32Array(latlng.length * 2)
  latlng.forEach(([lat, lng], i) => {
    coords[2 * i] = Math.round(lat * SCALE)
    coords[2 * i + 1] = Math.round(lng * SCALE)
  })
  const simple = simplifyPolyline(coords, TOLERANCE)
  const points: [number, number][] = []
  for (let i = 0; i < simple.length; i += 2) {
    points.push([(simple[i] as number) / SCALE, (simple[i + 1] as number) / SCALE])
  }
  return polyline.encode(points, 5)
}
