/**
 * Draws tracks into one tile's density grid. A pixel counts the activities whose line crosses
 * it: each activity adds at most one to a pixel however many of its points or segments fall
 * there, so a coffee stop or a 1 Hz stream does not outweigh a road ridden a hundred times.
 */
import { BREAK, CHUNK_SEGMENTS } from './heat-polyline'
import { HEAT_WORLD_ZOOM, lodForZoom, type ProjectedTrack } from './heat-track'
import { drawSegment, newStamp, plot } from './heat-line'
import { checkZoom, TILE_SIZE } from './tile-math'

const SIZE = TILE_SIZE

/** The tile's extent in zoom-20 world pixels: [x0, x0 + span) × [y0, y0 + span). */
export function tileWorldRect(z: number, x: number, y: number) {
  checkZoom(z, HEAT_WORLD_ZOOM)
  const n = 2 ** z
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new RangeError(`tile ${z}/${x}/${y}`)
  }
  const span = SIZE * 2 ** (HEAT_WORLD_ZOOM - z)
  return { x0: x * span, y0: y * span, span }
}

/**
 * Adds each track's line to `density` (SIZE × SIZE, row-major) for tile (z, x, y), using the
 * level of detail for z. Tracks whose box misses the tile cost four comparisons.
 */
export function drawTracks(
  density: Float32Array,
  tracks: readonly ProjectedTrack[],
  z: number,
  x: number,
  y: number,
): void {
  const { x0, y0, span } = tileWorldRect(z, x, y)
  const x1 = x0 + span
  const y1 = y0 + span
  const scale = SIZE / span
  const level = lodForZoom(z)
  for (const track of tracks) {
    if (track.maxX < x0 || track.minX >= x1 || track.maxY < y0 || track.minY >= y1) continue
    const stamp = newStamp()
    const coords = track.coords
    const boxes = track.boxes
    const firstPoint = track.pointStarts[level] ?? 0
    const pointEnd = track.pointStarts[level + 1] ?? firstPoint
    const firstBox = track.boxStarts[level] ?? 0
    const boxEnd = track.boxStarts[level + 1] ?? firstBox
    for (let b = firstBox; b < boxEnd; b++) {
      if ((boxes[4 * b + 2] ?? 0) < x0 || (boxes[4 * b] ?? 0) >= x1) continue
      if ((boxes[4 * b + 3] ?? 0) < y0 || (boxes[4 * b + 1] ?? 0) >= y1) continue
      const start = firstPoint + (b - firstBox) * CHUNK_SEGMENTS
      const end = Math.min(start + CHUNK_SEGMENTS, pointEnd - 1)
      if (start === end) {
        plotPoint(density, coords, start, x0, y0, scale, stamp)
        continue
      }
      for (let i = start; i < end; i++) {
        // Segments wholly on one side of the tile are the common case: reject them unscaled.
        const ax = coords[2 * i] ?? 0
        const bx = coords[2 * i + 2] ?? 0
        if ((ax < x0 && bx < x0) || (ax >= x1 && bx >= x1)) continue
        const ay = coords[2 * i + 1] ?? 0
        const by = coords[2 * i + 3] ?? 0
        if ((ay < y0 && by < y0) || (ay >= y1 && by >= y1)) continue
        if (ax === BREAK || bx === BREAK) continue
        const sx = (ax - x0) * scale
        const sy = (ay - y0) * scale
        drawSegment(density, sx, sy, (bx - x0) * scale, (by - y0) * scale, stamp)
      }
    }
  }
}

/** A track of a single point still shows as one pixel. */
function plotPoint(
  density: Float32Array,
  coords: Int32Array,
  i: number,
  x0: number,
  y0: number,
  scale: number,
  stamp: number,
) {
  const px = Math.floor(((coords[2 * i] ?? 0) - x0) * scale)
  const py = Math.floor(((coords[2 * i + 1] ?? 0) - y0) * scale)
  if (px >= 0 && px < SIZE && py >= 0 && py < SIZE) plot(density, py * SIZE + px, stamp)
}
