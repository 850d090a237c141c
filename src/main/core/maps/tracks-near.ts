/** Which prepared tracks pass within some pixels of a point: "who went here" on the heatmap. */
import { BREAK, CHUNK_SEGMENTS } from './heat-polyline'
import { HEAT_WORLD_ZOOM, lodForZoom, type ProjectedTrack } from './heat-track'
import { squaredDistanceToSegment } from './segment-distance'

/**
 * Indices (into `tracks`) of the tracks whose line at the level drawn for `zoom` comes within
 * `radius` pixels of world pixel (x, y) at zoom 20.
 */
export function tracksNear(
  tracks: readonly ProjectedTrack[],
  zoom: number,
  x: number,
  y: number,
  radiusPixels: number,
): number[] {
  const reach = radiusPixels * 2 ** (HEAT_WORLD_ZOOM - zoom)
  const reachSq = reach * reach
  const level = lodForZoom(zoom)
  const found: number[] = []
  tracks.forEach((track, index) => {
    if (track.maxX < x - reach || track.minX > x + reach) return
    if (track.maxY < y - reach || track.minY > y + reach) return
    const firstPoint = track.pointStarts[level] ?? 0
    const pointEnd = track.pointStarts[level + 1] ?? firstPoint
    const firstBox = track.boxStarts[level] ?? 0
    const boxEnd = track.boxStarts[level + 1] ?? firstBox
    for (let b = firstBox; b < boxEnd; b++) {
      const box = track.boxes
      if ((box[4 * b + 2] ?? 0) < x - reach || (box[4 * b] ?? 0) > x + reach) continue
      if ((box[4 * b + 3] ?? 0) < y - reach || (box[4 * b + 1] ?? 0) > y + reach) continue
      const start = firstPoint + (b - firstBox) * CHUNK_SEGMENTS
      const end = Math.max(start, Math.min(start + CHUNK_SEGMENTS, pointEnd - 1))
      for (let i = start; i <= end; i++) {
        if (distanceSq(track.coords, i, i < end ? i + 1 : i, x, y) <= reachSq) {
          found.push(index)
          return
        }
      }
    }
  })
  return found
}

function distanceSq(coords: Int32Array, a: number, b: number, px: number, py: number): number {
  const ax = coords[2 * a] ?? BREAK
  const ay = coords[2 * a + 1] ?? BREAK
  let bx = coords[2 * b] ?? BREAK
  let by = coords[2 * b + 1] ?? BREAK
  if (ax === BREAK) return Infinity
  if (bx === BREAK) {
    bx = ax
    by = ay
  }
  return squaredDistanceToSegment(px, py, ax, ay, bx, by)
}
