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
 * Douglas–Peucker over the whole polyline: keeps the points farther than tolerance from the
 * chord of the range they lie in, splitting at the farthest. Distances are compared scaled by
 * the squared chord length L, which is constant over a range, so the loop has no division: L·d²
 * is cross² inside the chord's span and L·|p − end|² beyond either end. One loop with the range
 * stack in an Int32Array: this runs over every point of 50,000 activities on a first run.
 */
function douglasPeucker(coords: Int32Array, toleranceSq: number, window: number): Int32Array {
  const count = coords.length / 2
  if (count <= 2) return coords.slice()
  const keep = new Uint8Array(count)
  let kept = 0
  // Each split pushes two ranges and leaves one fewer point to split at: 2·count bounds it.
  const stack = new Int32Array(2 * count + 2)
  let top = 0
  for (let first = 0; first < count - 1; first += window) {
    const last = Math.min(first + window, count - 1)
    keep[first] = 1
    keep[last] = 1
    stack[top++] = first
    stack[top++] = last
  }
  for (const flag of keep) kept += flag
  while (top > 0) {
    const last = stack[--top] as number
    const first = stack[--top] as number
    if (last - first < 2) continue
    const ax = coords[2 * first] as number
    const ay = coords[2 * first + 1] as number
    const dx = (coords[2 * last] as number) - ax
    const dy = (coords[2 * last + 1] as number) - ay
    const lengthSq = dx * dx + dy * dy
    const scale = lengthSq > 0 ? lengthSq : 1
    let farthest = -1
    let farthestScaled = toleranceSq * scale
    for (let i = first + 1; i < last; i++) {
      const px = (coords[2 * i] as number) - ax
      const py = (coords[2 * i + 1] as number) - ay
      const dot = px * dx + py * dy
      let scaled: number
      if (lengthSq === 0 || dot <= 0) {
        scaled = (px * px + py * py) * scale
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
    if (farthest < 0) continue
    keep[farthest] = 1
    kept++
    stack[top++] = first
    stack[top++] = farthest
    stack[top++] = farthest
    stack[top++] = last
  }
  const out = new Int32Array(kept * 2)
  let at = 0
  for (let i = 0; i < count; i++) {
    if (!keep[i]) continue
    out[at++] = coords[2 * i] as number
    out[at++] = coords[2 * i + 1] as number
  }
  return out
}

/**
 * The polyline simplified so that no dropped point lies more than ~`tolerance` from it. With a
 * `window`, the polyline is simplified in runs of that many segments whose ends are kept: the
 * same guarantee at a cost of n·log(window) instead of n·log(kept points), for a few more points.
 */
export function simplifyPolyline(
  coords: Int32Array,
  tolerance: number,
  window = Number.MAX_SAFE_INTEGER,
): Int32Array {
  const toleranceSq = tolerance * tolerance
  return douglasPeucker(radialPass(coords, toleranceSq), toleranceSq, window)
}
