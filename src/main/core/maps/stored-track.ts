/**
 * An activity's track as the maps keep it: the finest level of its prepared heat track (points
 * within one pixel at zoom 15 of the recorded ones: 4.8 m at the equator, less elsewhere), turned
 * back into degrees. Reading it costs a few microseconds; decoding the streams, milliseconds.
 */
import type { LatLngPoint, LatLngTrack } from './geo'
import { BREAK } from './heat-polyline'
import { decodeProjectedTrack } from './heat-track-codec'
import { HEAT_WORLD_ZOOM } from './heat-track'
import { latitudeOf, TILE_SIZE } from './tile-math'

const WORLD = TILE_SIZE * 2 ** HEAT_WORLD_ZOOM

/** The track of a stored heat track's finest level, or null when the bytes are stale. */
export function storedTrack(bytes: Uint8Array | null): LatLngTrack | null {
  const track = bytes ? decodeProjectedTrack(bytes) : null
  if (!track) return null
  const end = track.pointStarts[1] ?? 0
  const points: LatLngPoint[] = []
  for (let i = 0; i < end; i++) {
    const x = track.coords[2 * i] ?? BREAK
    if (x === BREAK) continue
    const y = track.coords[2 * i + 1] ?? 0
    points.push([latitudeOf((y + 0.5) / WORLD), ((x + 0.5) / WORLD) * 360 - 180])
  }
  return points
}
