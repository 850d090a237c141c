/** A device's laps (FIT lap messages, TCX Lap elements) placed on an activity's streams. */
import type { RecordedLap } from './recorded-activity'
import type { StatedAverages } from '../stated-averages'

/** What a file says of one lap; undefined where it says nothing. */
export interface LapDraft extends StatedAverages {
  startMs?: number
  elapsed?: number
  /** Timer time: the lap's time with pauses left out. */
  timer?: number
  distance?: number
  averageSpeed?: number
  ascent?: number
  calories?: number
}

/** First index whose time is at least `t` (time is increasing). */
function firstAtOrAfter(time: readonly number[], t: number): number {
  let lo = 0
  let hi = time.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((time[mid] as number) < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

const orNull = (value: number | undefined) => (value === undefined ? null : value)

/**
 * Laps in time order with their sample ranges: a lap runs from its start to the next lap's start
 * (the last to its own elapsed time, else the last sample). Laps that start after the last
 * sample or before the first are kept with the range they have (-1 when none).
 */
export function placeLaps(
  drafts: readonly LapDraft[],
  startMs: number,
  time: readonly number[],
): RecordedLap[] {
  const last = time[time.length - 1] ?? 0
  let previousEnd = 0
  const starts = drafts.map((lap) => {
    const start = lap.startMs === undefined ? previousEnd : (lap.startMs - startMs) / 1000
    previousEnd = start + (lap.elapsed ?? 0)
    return start
  })
  return drafts.map((lap, i) => {
    const start = starts[i] as number
    const next = starts[i + 1]
    const end = next ?? (lap.elapsed !== undefined ? start + lap.elapsed : last)
    const startIndex = firstAtOrAfter(time, start)
    const endIndex =
      (next === undefined ? firstAtOrAfter(time, end + 1e-9) : firstAtOrAfter(time, end)) - 1
    const elapsed = lap.elapsed ?? Math.max(0, end - start)
    return {
      startOffset: start,
      startIndex: startIndex <= endIndex ? startIndex : -1,
      endIndex: startIndex <= endIndex ? endIndex : -1,
      elapsedTime: Math.round(elapsed),
      movingTime: Math.round(lap.timer ?? elapsed),
      distance: orNull(lap.distance),
      averageSpeed: orNull(lap.averageSpeed),
      maxSpeed: orNull(lap.maxSpeed),
      averageHeartrate: orNull(lap.averageHeartrate),
      maxHeartrate: orNull(lap.maxHeartrate),
      averageCadence: orNull(lap.averageCadence),
      averageWatts: orNull(lap.averageWatts),
      maxWatts: orNull(lap.maxWatts),
      totalElevationGain: orNull(lap.ascent),
      calories: orNull(lap.calories),
    }
  })
}
