export interface BestEffort {
  /** Metres. */
  distance: number
  seconds: number
  /** Where the effort starts and ends, in seconds into the activity (the `time` stream's clock). */
  startOffset: number
  endOffset: number
}

/**
 * The fastest time over each target distance anywhere inside an activity, from its `time` and
 * `distance` streams, moving at constant speed between samples (linear interpolation). Targets
 * the activity does not reach are left out.
 *
 * The elapsed time of the stretch [s, s + D] is piecewise linear in s, with corners where the
 * start or the end lies on a sample, so its minimum is at such a corner. One pass anchors the
 * start on each sample and one anchors the end, each moving a second pointer only forward:
 * O(n) per distance after an O(n) clean-up of the streams.
 */
export function bestEfforts(
  time: readonly unknown[],
  distance: readonly unknown[],
  targets: readonly number[],
): BestEffort[] {
  const track = cleanTrack(time, distance)
  const covered = track.d.length > 0 ? (track.d[track.d.length - 1] ?? 0) - (track.d[0] ?? 0) : 0
  const efforts: BestEffort[] = []
  for (const target of targets) {
    if (!(target > 0) || target > covered) continue
    const effort = fastestOver(track, target)
    if (effort !== null) efforts.push(effort)
  }
  return efforts
}

interface Track {
  t: Float64Array
  d: Float64Array
}

/**
 * Samples with a usable time and distance, time strictly increasing. Distance never goes back:
 * a dip (GPS noise in an imported file) holds the distance reached so far.
 */
function cleanTrack(time: readonly unknown[], distance: readonly unknown[]): Track {
  const count = Math.min(time.length, distance.length)
  const t = new Float64Array(count)
  const d = new Float64Array(count)
  let n = 0
  for (let i = 0; i < count; i++) {
    const ti = time[i]
    const di = distance[i]
    if (typeof ti !== 'number' || typeof di !== 'number' || !Number.isFinite(di)) continue
    if (!Number.isFinite(ti) || (n > 0 && ti <= (t[n - 1] ?? 0))) continue
    t[n] = ti
    d[n] = n > 0 ? Math.max(di, d[n - 1] ?? 0) : di
    n++
  }
  return { t: t.subarray(0, n), d: d.subarray(0, n) }
}

function fastestOver({ t, d }: Track, target: number): BestEffort | null {
  const n = d.length
  let seconds = Infinity
  let startOffset = 0
  let endOffset = 0
  // Starts on a sample: the end is the first moment the distance reaches start + target.
  for (let i = 0, j = 1; i < n; i++) {
    const reach = at(d, i) + target
    if (j <= i) j = i + 1
    while (j < n && at(d, j) < reach) j++
    if (j >= n) break
    const end = timeAt(t, d, j - 1, reach)
    if (end - at(t, i) < seconds) {
      seconds = end - at(t, i)
      startOffset = at(t, i)
      endOffset = end
    }
  }
  // Ends on a sample: the start is the last moment the distance was end - target.
  for (let j = 0, i = 0; j < n; j++) {
    const from = at(d, j) - target
    if (from < at(d, 0)) continue
    while (i + 1 < j && at(d, i + 1) <= from) i++
    const start = at(d, i) === from ? at(t, i) : timeAt(t, d, i, from)
    if (at(t, j) - start < seconds) {
      seconds = at(t, j) - start
      startOffset = start
      endOffset = at(t, j)
    }
  }
  return seconds === Infinity ? null : { distance: target, seconds, startOffset, endOffset }
}

/** The time the distance passes `x` between samples k and k + 1 (d[k] < x ≤ d[k + 1]). */
function timeAt(t: Float64Array, d: Float64Array, k: number, x: number): number {
  const d0 = at(d, k)
  const t0 = at(t, k)
  return t0 + ((x - d0) / (at(d, k + 1) - d0)) * (at(t, k + 1) - t0)
}

function at(array: Float64Array, index: number): number {
  return array[index] ?? 0
}
