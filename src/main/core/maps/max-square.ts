/**
 * The largest square block of visited tiles ("max square"), by the classic dynamic programme:
 * the side of the largest square whose bottom-right corner is a tile is one more than the
 * smallest of the sides ending at its west, north and north-west neighbours.
 */
import { tileInZoom, zoomKeyRange } from './tile-math'

/** A square block of tiles: its top-left (north-west) tile and its side in tiles. */
export interface TileSquare {
  x: number
  y: number
  size: number
}

/**
 * The largest square block in a set of tile keys at `zoom`, or null for an empty set. Keys are
 * sorted once (row-major, since keys are) and each tile then costs three hash lookups. Of several
 * largest squares, the one whose bottom-right corner comes first in row-major order.
 */
export function largestSquare(tiles: Iterable<number>, zoom: number): TileSquare | null {
  const n = 2 ** zoom
  const { first, count } = zoomKeyRange(zoom)
  const keys = Float64Array.from(tiles).sort()
  const last = keys[keys.length - 1]
  if (keys.length > 0 && ((keys[0] ?? 0) < first || (last ?? 0) >= first + count)) {
    throw new RangeError(`tile keys not all at zoom ${zoom}`)
  }
  const sides = new Map<number, number>()
  let best: TileSquare | null = null
  for (const key of keys) {
    const x = (key - first) % n
    const left = x > 0 ? (sides.get(key - 1) ?? 0) : 0
    const up = sides.get(key - n) ?? 0
    const upLeft = x > 0 ? (sides.get(key - n - 1) ?? 0) : 0
    const side = 1 + Math.min(left, up, upLeft)
    sides.set(key, side)
    if (!best || side > best.size) {
      const { y } = tileInZoom(key, zoom)
      best = { x: x - side + 1, y: y - side + 1, size: side }
    }
  }
  return best
}

/**
 * The largest square block lying wholly inside the window of columns x0..x1 and rows y0..y1
 * (inclusive), reading membership through `has`. Costs one lookup per window tile; used to
 * look for a bigger square around newly visited tiles without walking the whole set.
 */
export function largestSquareInWindow(
  has: (x: number, y: number) => boolean,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): TileSquare | null {
  const width = x1 - x0 + 1
  if (width <= 0 || y1 < y0) return null
  let previous = new Int32Array(width + 1)
  let current = new Int32Array(width + 1)
  let best: TileSquare | null = null
  for (let y = y0; y <= y1; y++) {
    for (let i = 1; i <= width; i++) {
      const x = x0 + i - 1
      const side = has(x, y)
        ? 1 + Math.min(current[i - 1] ?? 0, previous[i] ?? 0, previous[i - 1] ?? 0)
        : 0
      current[i] = side
      if (side > 0 && (!best || side > best.size)) {
        best = { x: x - side + 1, y: y - side + 1, size: side }
      }
    }
    ;[previous, current] = [current, previous]
  }
  return best
}
