/**
 * "Is every point of track A within L metres of track B's polyline?" in about O(|A| + |B|):
 * B's segments go into a uniform grid of cells at least L wide, so any segment within L of a
 * point crosses the point's cell or one of its eight neighbours; the answer stops at the first
 * point with no segment in reach. Consecutive GPS points are close, so the segment that served
 * the previous point is tried first and usually serves this one too.
 */
import { squaredDistanceToSegment } from './segment-distance'

/** B's segments bucketed by grid cell (compressed rows: cell c holds items[starts[c]..]). */
export interface SegmentGrid {
  points: Float64Array
  minX: number
  minY: number
  cell: number
  cols: number
  rows: number
  starts: Int32Array
  items: Int32Array
}

/** At most this many cells a side, so a 300 km ride still builds a small grid. */
const MAX_CELLS_A_SIDE = 256

/** The grid of the polyline `points` (x, y interleaved, metres) for distances up to `reach`. */
export function buildSegmentGrid(points: Float64Array, reach: number): SegmentGrid {
  const count = points.length / 2
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let i = 0; i < points.length; i += 2) {
    minX = Math.min(minX, points[i] ?? 0)
    maxX = Math.max(maxX, points[i] ?? 0)
    minY = Math.min(minY, points[i + 1] ?? 0)
    maxY = Math.max(maxY, points[i + 1] ?? 0)
  }
  const cell = Math.max(reach, Math.max(maxX - minX, maxY - minY) / MAX_CELLS_A_SIDE, 1e-9)
  const cols = count > 0 ? Math.floor((maxX - minX) / cell) + 1 : 0
  const rows = count > 0 ? Math.floor((maxY - minY) / cell) + 1 : 0
  const pairs: number[] = []
  const lastSegment = new Int32Array(cols * rows).fill(-1)
  const segments = count > 1 ? count - 1 : count
  for (let s = 0; s < segments; s++) {
    const b = Math.min(s + 1, count - 1)
    const ax = points[2 * s] ?? 0
    const ay = points[2 * s + 1] ?? 0
    const dx = (points[2 * b] ?? 0) - ax
    const dy = (points[2 * b + 1] ?? 0) - ay
    // Pieces no longer than a cell touch at most 2 × 2 cells, so their boxes cover the segment.
    const pieces = Math.max(1, Math.ceil(Math.hypot(dx, dy) / cell))
    for (let k = 0; k < pieces; k++) {
      const x1 = ax + (dx * k) / pieces
      const x2 = ax + (dx * (k + 1)) / pieces
      const y1 = ay + (dy * k) / pieces
      const y2 = ay + (dy * (k + 1)) / pieces
      const c0 = Math.floor((Math.min(x1, x2) - minX) / cell)
      const c1 = Math.min(cols - 1, Math.floor((Math.max(x1, x2) - minX) / cell))
      const r0 = Math.floor((Math.min(y1, y2) - minY) / cell)
      const r1 = Math.min(rows - 1, Math.floor((Math.max(y1, y2) - minY) / cell))
      for (let r = Math.max(0, r0); r <= r1; r++) {
        for (let c = Math.max(0, c0); c <= c1; c++) {
          const at = r * cols + c
          if (lastSegment[at] === s) continue
          lastSegment[at] = s
          pairs.push(at, s)
        }
      }
    }
  }
  const { starts, items } = bucketByCell(pairs, cols * rows)
  return { points, minX, minY, cell, cols, rows, starts, items }
}

/** Counting sort of (cell, segment) pairs into compressed rows. */
function bucketByCell(pairs: number[], cells: number) {
  const starts = new Int32Array(cells + 1)
  for (let i = 0; i < pairs.length; i += 2) {
    const at = (pairs[i] ?? 0) + 1
    starts[at] = (starts[at] ?? 0) + 1
  }
  for (let c = 0; c < cells; c++) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0)
  const next = starts.slice(0, cells)
  const items = new Int32Array(pairs.length / 2)
  for (let i = 0; i < pairs.length; i += 2) {
    const at = pairs[i] ?? 0
    const slot = next[at] ?? 0
    items[slot] = pairs[i + 1] ?? 0
    next[at] = slot + 1
  }
  return { starts, items }
}

/** Squared distance from (px, py) to segment s of the grid's polyline. */
function squaredDistance(grid: SegmentGrid, s: number, px: number, py: number): number {
  const p = grid.points
  const b = Math.min(s + 1, p.length / 2 - 1)
  return squaredDistanceToSegment(
    px,
    py,
    p[2 * s] ?? 0,
    p[2 * s + 1] ?? 0,
    p[2 * b] ?? 0,
    p[2 * b + 1] ?? 0,
  )
}

/**
 * Whether every point of `points` (x, y interleaved, metres) lies within `reach` metres of the
 * grid's polyline; `reach` must not exceed the reach the grid was built for. An empty side
 * gives false unless both are empty.
 */
export function allPointsWithin(points: Float64Array, grid: SegmentGrid, reach: number): boolean {
  if (grid.points.length === 0) return points.length === 0
  const reachSq = reach * reach
  let last = 0
  for (let i = 0; i < points.length; i += 2) {
    const px = points[i] ?? 0
    const py = points[i + 1] ?? 0
    if (squaredDistance(grid, last, px, py) <= reachSq) continue
    const found = segmentWithin(grid, px, py, reachSq)
    if (found < 0) return false
    last = found
  }
  return true
}

/** A segment within reach of (px, py) found through the grid, or −1. */
function segmentWithin(grid: SegmentGrid, px: number, py: number, reachSq: number): number {
  const c = Math.floor((px - grid.minX) / grid.cell)
  const r = Math.floor((py - grid.minY) / grid.cell)
  for (let row = Math.max(0, r - 1); row <= Math.min(grid.rows - 1, r + 1); row++) {
    for (let col = Math.max(0, c - 1); col <= Math.min(grid.cols - 1, c + 1); col++) {
      const at = row * grid.cols + col
      for (let k = grid.starts[at] ?? 0; k < (grid.starts[at + 1] ?? 0); k++) {
        const s = grid.items[k] ?? 0
        if (squaredDistance(grid, s, px, py) <= reachSq) return s
      }
    }
  }
  return -1
}

/** Segments tried straight after the last match before asking the grid. */
const LOOKAHEAD = 8

/**
 * Like allPointsWithin, and the points must also follow the polyline in its direction: each
 * point is matched to the earliest segment within reach that is not before the previous point's
 * match. Taking the earliest match never loses a valid matching (any later choice leaves fewer
 * segments for the points after), so a loop ridden the other way fails here while the same loop
 * ridden the same way, or an out-and-back, passes. Same cost as allPointsWithin.
 */
export function allPointsWithinInOrder(
  points: Float64Array,
  grid: SegmentGrid,
  reach: number,
): boolean {
  if (grid.points.length === 0) return points.length === 0
  const reachSq = reach * reach
  const segments = Math.max(1, grid.points.length / 2 - 1)
  let last = 0
  for (let i = 0; i < points.length; i += 2) {
    const px = points[i] ?? 0
    const py = points[i + 1] ?? 0
    let found = -1
    const end = Math.min(segments, last + LOOKAHEAD)
    for (let s = last; s < end; s++) {
      if (squaredDistance(grid, s, px, py) <= reachSq) {
        found = s
        break
      }
    }
    if (found < 0) found = earliestSegmentWithin(grid, px, py, reachSq, last)
    if (found < 0) return false
    last = found
  }
  return true
}

/** The smallest segment index ≥ `from` within reach of (px, py), found through the grid, or −1. */
function earliestSegmentWithin(
  grid: SegmentGrid,
  px: number,
  py: number,
  reachSq: number,
  from: number,
): number {
  const c = Math.floor((px - grid.minX) / grid.cell)
  const r = Math.floor((py - grid.minY) / grid.cell)
  let best = -1
  for (let row = Math.max(0, r - 1); row <= Math.min(grid.rows - 1, r + 1); row++) {
    for (let col = Math.max(0, c - 1); col <= Math.min(grid.cols - 1, c + 1); col++) {
      const at = row * grid.cols + col
      for (let k = grid.starts[at] ?? 0; k < (grid.starts[at + 1] ?? 0); k++) {
        const s = grid.items[k] ?? 0
        if (s < from || (best >= 0 && s >= best)) continue
        if (squaredDistance(grid, s, px, py) <= reachSq) best = s
      }
    }
  }
  return best
}
