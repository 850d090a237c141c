/**
 * The `latlng` stream of stored streams as a track the map modules read. Streams come from
 * Strava, files and older versions of Trailkeep: anything that is not a pair of numbers becomes
 * a point with no position, which every map module skips.
 */
import type { LatLngPoint, LatLngTrack } from './geo'

const NO_POSITION: LatLngPoint = [Number.NaN, Number.NaN]

/** The positions of a stream set's `latlng`, or an empty track when it has none. */
export function latlngOf(streams: { latlng?: unknown } | null | undefined): LatLngTrack {
  const raw = streams?.latlng
  if (!Array.isArray(raw)) return []
  return raw.map((value: unknown) =>
    Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number'
      ? (value as unknown as LatLngPoint)
      : NO_POSITION,
  )
}

/** The last finite value of the `distance` stream, in metres, or 0. */
export function streamDistance(streams: { distance?: unknown } | null | undefined): number {
  const raw = streams?.distance
  if (!Array.isArray(raw)) return 0
  for (let i = raw.length - 1; i >= 0; i--) {
    const value: unknown = raw[i]
    if (typeof value === 'number' && Number.isFinite(value)) return value
  }
  return 0
}
