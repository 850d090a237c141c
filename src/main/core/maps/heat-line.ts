/**
 * One-pixel-wide lines into a 256 × 256 density grid: segments clipped to the tile
 * (Liang–Barsky) and walked one pixel a step (DDA). A stamp per activity makes each activity
 * add at most one to a pixel, however often its line passes there.
 */

/** TILE_SIZE: a pixel's index is (row << 8) | column. */
const SIZE = 256
const PIXELS = SIZE * SIZE

/** The stamp of the last activity to touch each pixel. */
const stamps = new Int32Array(PIXELS)
let nextStamp = 1

/** A stamp no pixel holds yet, for the next activity drawn. */
export function newStamp(): number {
  if (nextStamp >= 0x7fffffff) {
    stamps.fill(0)
    nextStamp = 1
  }
  return nextStamp++
}

/** Adds one for the activity with `stamp` at pixel index `at`, unless it already did. */
export function plot(density: Float32Array, at: number, stamp: number) {
  if (stamps[at] === stamp) return
  stamps[at] = stamp
  density[at] = (density[at] ?? 0) + 1
}

/** The clipped parameter range of the segment being drawn (Liang–Barsky). */
let clipLow = 0
let clipHigh = 1

/** Narrows the range by one tile edge; false once nothing of the segment is left. */
function clipEdge(p: number, q: number): boolean {
  if (p === 0) return q >= 0
  const r = q / p
  if (p < 0) {
    if (r > clipLow) clipLow = r
  } else if (r < clipHigh) clipHigh = r
  return clipLow <= clipHigh
}

/** Walks segment a–b (tile pixel coordinates) clipped to the tile, one pixel a step. */
export function drawSegment(
  density: Float32Array,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  stamp: number,
) {
  if ((ax < 0 && bx < 0) || (ay < 0 && by < 0)) return
  if ((ax >= SIZE && bx >= SIZE) || (ay >= SIZE && by >= SIZE)) return
  const dx = bx - ax
  const dy = by - ay
  const edge = SIZE - 1e-9
  clipLow = 0
  clipHigh = 1
  const inside =
    ax >= 0 && ay >= 0 && bx >= 0 && by >= 0 && ax < SIZE && ay < SIZE && bx < SIZE && by < SIZE
  if (
    !inside &&
    !(clipEdge(-dx, ax) && clipEdge(dx, edge - ax) && clipEdge(-dy, ay) && clipEdge(dy, edge - ay))
  ) {
    return
  }
  // Clipped ends lie in [0, SIZE − 1e-9], so truncation is the floor and stays in the tile.
  let fx = ax + clipLow * dx
  let fy = ay + clipLow * dy
  const ex = ax + clipHigh * dx
  const ey = ay + clipHigh * dy
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(ex - fx), Math.abs(ey - fy))))
  const stepX = (ex - fx) / steps
  const stepY = (ey - fy) / steps
  for (let k = 0; k <= steps; k++) {
    const at = ((fy | 0) << 8) | (fx | 0)
    if (stamps[at] !== stamp) {
      stamps[at] = stamp
      density[at] = (density[at] ?? 0) + 1
    }
    fx += stepX
    fy += stepY
  }
}
