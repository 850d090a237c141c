/**
 * The heatmap's polyline layout: x, y pairs of zoom-20 world pixels in an Int32Array, a BREAK
 * pair where the line is cut, cut into chunks of CHUNK_SEGMENTS segments with bounding boxes.
 */

/** Marks a break in a level's polyline (a crossing of the antimeridian): no segment spans it. */
export const BREAK = -0x80000000
/** Segments a chunk: 16 lets a tile skip most of a track at four comparisons per chunk. */
export const CHUNK_SEGMENTS = 16

/** How many chunk boxes a level of `points` points has (one, empty, for none). */
export function chunkCount(points: number): number {
  return Math.ceil(Math.max(1, points - 1) / CHUNK_SEGMENTS)
}

/**
 * Writes the boxes of consecutive runs of CHUNK_SEGMENTS segments (neighbouring chunks share a
 * point) of the points `from` to `to` (exclusive) of `coords` into `out` from word `at`; returns
 * how many boxes.
 */
export function writeChunkBoxes(
  coords: Int32Array,
  from: number,
  to: number,
  out: Int32Array,
  at: number,
): number {
  const boxes = chunkCount(to - from)
  for (let k = 0; k < boxes; k++) {
    const first = from + k * CHUNK_SEGMENTS
    const box = boxOf(coords, first, Math.min(first + CHUNK_SEGMENTS, to - 1))
    out[at + 4 * k] = box.minX
    out[at + 4 * k + 1] = box.minY
    out[at + 4 * k + 2] = box.maxX
    out[at + 4 * k + 3] = box.maxY
  }
  return boxes
}

/**
 * Bounding box of points first..last (inclusive), breaks skipped; with no point, the empty box
 * 0, 0, −1, −1. Never ±Infinity: box fields stay small integers so V8 keeps them unboxed in
 * the track object, where a double field costs a pointer chase on every tile's scan.
 */
export function boxOf(coords: Int32Array, first: number, last: number) {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let i = first; i <= last; i++) {
    const x = coords[2 * i] ?? BREAK
    const y = coords[2 * i + 1] ?? BREAK
    if (x === BREAK) continue
    if (x < minX) minX = x
    if (x > maxX) maxX = x
    if (y < minY) minY = y
    if (y > maxY) maxY = y
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : { minX: 0, minY: 0, maxX: -1, maxY: -1 }
}
