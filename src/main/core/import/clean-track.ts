/**
 * Puts a file's samples in a trustworthy time order before anything is measured on them.
 * Devices write samples in the order they recorded them, so file order is kept and only the
 * samples whose time contradicts it are dropped: the longest run of strictly increasing times
 * (in file order) wins. Sorting by time instead would move one mis-stamped sample across the
 * whole track and draw a line there and back, doubling the distance. Segments (GPX tracks,
 * TCX activities) are ordered by their first time first, so a file listing them out of order
 * loses nothing. Times before 1990 are placeholders (a clock never set: 1901-12-13T20:45:52Z is
 * the 32-bit minimum, 1989-12-31 the FIT epoch); no consumer GPS recorded before then.
 */
import type { TrackPoint } from './track-points'

export const EARLIEST_REAL_TIME_MS = Date.UTC(1990, 0, 1)

/** `ok`, or why the samples carry no usable times. */
export type TrackTiming = 'ok' | 'no-times' | 'placeholder-times' | 'scrambled-times'

export interface CleanTrack {
  timing: TrackTiming
  /** Samples kept, in order of strictly increasing time. */
  points: TrackPoint[]
  /** Samples dropped because their time went back (or stood still). */
  outOfOrder: number
}

function segments(points: readonly TrackPoint[]): TrackPoint[][] {
  const result: TrackPoint[][] = []
  for (const point of points) {
    const last = result[result.length - 1]
    if (!last || point.breakBefore) result.push([point])
    else last.push(point)
  }
  return result
}

/**
 * Indexes of a longest strictly increasing run of `times`, in file order. Of several equally
 * long runs the one keeping the earliest samples wins, so the sample that goes back is dropped.
 */
function increasingRun(times: readonly number[]): number[] {
  // lengths[i]: the longest run starting at i, by patience sorting from the end.
  const lengths = new Int32Array(times.length)
  const tails: number[] = []
  for (let i = times.length - 1; i >= 0; i--) {
    const t = -(times[i] as number)
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((tails[mid] as number) < t) lo = mid + 1
      else hi = mid
    }
    tails[lo] = t
    lengths[i] = lo + 1
  }
  const run: number[] = []
  let need = tails.length
  let last = -Infinity
  for (let i = 0; i < times.length && need > 0; i++) {
    if ((lengths[i] as number) >= need && (times[i] as number) > last) {
      run.push(i)
      last = times[i] as number
      need--
    }
  }
  return run
}

const realTime = (p: TrackPoint) =>
  p.timeMs !== undefined && Number.isFinite(p.timeMs) && p.timeMs >= EARLIEST_REAL_TIME_MS

/** Nearly every file: every sample has a real time, later than the one before. */
function alreadyClean(input: readonly TrackPoint[]): boolean {
  let last = -Infinity
  for (const { timeMs } of input) {
    if (timeMs === undefined || !(timeMs >= EARLIEST_REAL_TIME_MS) || timeMs <= last) return false
    last = timeMs
  }
  return input.length > 0 && input[0]?.breakBefore === undefined
}

/** Keeps the samples whose times can be trusted, each segment's first one marking its break. */
export function cleanTrack(input: readonly TrackPoint[]): CleanTrack {
  if (alreadyClean(input)) return { timing: 'ok', points: [...input], outOfOrder: 0 }
  const timed = input.filter((p) => p.timeMs !== undefined && Number.isFinite(p.timeMs))
  if (timed.length === 0) return { timing: 'no-times', points: [], outOfOrder: 0 }
  const ordered = segments(input)
    .map((segment) => segment.filter(realTime))
    .filter((segment) => segment.length > 0)
    .sort((a, b) => (a[0]?.timeMs as number) - (b[0]?.timeMs as number))
  const candidates: TrackPoint[] = []
  for (const [index, segment] of ordered.entries()) {
    for (const [i, point] of segment.entries()) {
      const mark = i === 0 && index > 0 ? (point.breakBefore ?? 'segment') : undefined
      candidates.push({ ...point, breakBefore: mark })
    }
  }
  const run = increasingRun(candidates.map((p) => p.timeMs as number))
  const points: TrackPoint[] = []
  let pendingBreak: TrackPoint['breakBefore']
  let next = 0
  for (const [i, point] of candidates.entries()) {
    if (run[next] !== i) {
      pendingBreak ??= point.breakBefore
      continue
    }
    next++
    const mark = points.length > 0 ? (point.breakBefore ?? pendingBreak) : undefined
    pendingBreak = undefined
    if (mark) points.push({ ...point, breakBefore: mark })
    else {
      const { breakBefore: _, ...rest } = point
      points.push(rest)
    }
  }
  const outOfOrder = candidates.length - points.length
  if (candidates.length === 0 || (timed.length > 1 && points.length < 2)) {
    return { timing: 'placeholder-times', points: [], outOfOrder }
  }
  // When most samples contradict each other, no order can be trusted.
  if (points.length * 2 < candidates.length)
    return { timing: 'scrambled-times', points: [], outOfOrder }
  return { timing: 'ok', points, outOfOrder }
}
