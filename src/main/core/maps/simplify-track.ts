/**
 * Polyline simplification for the heatmap's levels of detail: a radial-distance pass (drop
 * points within `tolerance` of the last kept one: O(n), removes most of a GPS stream's
 * near-duplicates) and then Douglas–Peucker with an explicit stack. Every dropped point ends up
 * within about one tolerance of the simplified line. Coordinates are interleaved x, y integers.
 */

/** Drops points within `tolerance` of the previous kept point; the first and last stay. */
function radialPass(coords: Int32Array, toleranceSq: number): Int32Array {
  const count = coords.length / 2
  if (count <= 2) return coords
  const out = new Int32Array(coords.length)
  let kept = 1
  out[0] = coords[0] ?? 0
  out[1] = coords[1] ?? 0
  let lastX = out[0]
  let lastY = out[1]
  for (let i = 1; i < count - 1; i++) {
    const x = coords[2 * i] ?? 0
    const y = coords[2 * i + 1] ?? 0
    if ((x - lastX) ** 2 + (y - lastY) ** 2 <= toleranceSq) continue
    out[2 * kept] = lastX = x
    out[2 * kept + 1] = lastY = y
    kept++
  }
  out[2 * kept] = coords[coords.length - 2] ?? 0
  out[2 * kept + 1] = coords[coords.length - 1] ?? 0
  return out.subarray(0, 2 * (kept + 1))
}

/**
 * Index of the point between first and last farthest from segment first–last, if farther than
 * the tolerance, else −1. Distances are compared scaled by the squared chord length L, which
 * is constant over the range, so the loop has no division: L·d² is cross² inside the segment's
 * span and L·|p − end|² beyond either end.
 */
function farthestPoint(coords: Int32Array, first: number, last: number, toleranceSq: number) {
  const ax = coords[2 * first] ?? 0
  const ay = coords[2 * first + 1] ?? 0
  const dx = (coords[2 * last] ?? 0) - ax
  const dy = (coords[2 * last + 1] ?? 0) - ay
  const lengthSq = dx * dx + dy * dy
  let farthest = -1
  let farthestScaled = lengthSq > 0 ? toleranceSq * lengthSq : toleranceSq
  for (let i = first + 1; i < last; i++) {
    const px = (coords[2 * i] ?? 0) - ax
    const py = (coords[2 * i + 1] ?? 0) - ay
    const dot = px * dx + py * dy
    let scaled: number
    if (lengthSq === 0 || dot <= 0) {
      scaled = (px * px + py * py) * (lengthSq > 0 ? lengthSq : 1)
    } else if (dot >= lengthSq) {
      const qx = px - dx
      const qy = py - dy
      scaled = (qx * qx + qy * qy) * lengthSq
    } else {
      const cross = px * dy - py * dx
      scaled = cross * cross
    }
    if (scaled > farthestScaled) {
      farthest = i
      farthestScaled = scaled
    }
  }
  return farthest
}

/** Douglas–Peucker over the whole polyline: keeps the points farther than tolerance. */
function douglasPeucker(coords: Int32Array, toleranceSq: number): Int32Array {
  const count = coords.length / 2
  if (count <= 2) return coords.slice()
  const keep = new Uint8Array(count)
  keep[0] = 1
  keep[count - 1] = 1
  const stack: number[] = [0, count - 1]
  while (stack.length > 0) {
    const last = stack.pop() ?? 0
    const first = stack.pop() ?? 0
    const farthest = farthestPoint(coords, first, last, toleranceSq)
    if (farthest < 0) continue
    keep[farthest] = 1
    stack.push(first, farthest, farthest, last)
  }
  let kept = 0
  for (const flag of keep) kept += flag
  const out = new Int32Array(kept * 2)
  let at = 0
  for (let i = 0; i < count; i++) {
    if (!keep[i]) continue
    out[at++] = coords[2 * i] ?? 0
    out[at++] = coords[2 * i + 1] ?? 0
  }
  return out
}

/** The polyline simplified so that no dropped point lies more than ~`tolerance` from it. */
export function simplifyPolyline(coords: Int32Array, tolerance: number): Int32Array {
  const toleranceSq = tolerance * tolerance
  return douglasPeucker(radialPass(coords, toleranceSq), toleranceSq)
}
