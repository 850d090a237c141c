/**
 * Strava streams as 1 Hz series, the grid rolling averages and mean-max windows need.
 *
 * Gaps (seconds between two usable samples, whether the device recorded nothing or sent null)
 * follow GoldenCheetah's "Fix Gaps in Recording" (src/FileIO/FixGaps.cpp: tolerance 1 s, stop
 * 90 s): a gap of up to 90 s while moving is filled by linear interpolation (smart recording,
 * sensor dropouts); a longer gap, or one the athlete spent standing still (distance grew by less
 * than 0.5 m/s over it, where GoldenCheetah compares GPS positions), is a stop and filled with
 * zeros. A stop's seconds, and seconds Strava's `moving` stream marks as not moving, get
 * moving = 0, so per-moving-time figures (NP, TSS hours, time in zones) leave them out.
 * Zero is an honest value for power and speed at a stop; for heart rate it means "no reading":
 * TRIMP, time in zones and the maximum skip it, and a mean-max window holding it scores lower.
 */

export type SeriesKind = 'power' | 'heartrate' | 'speed'

export interface Series1Hz {
  /** values[k] is the value k seconds after the start (time offset k); finite, never NaN. */
  values: Float64Array
  /** 1 where the athlete was moving at second k, 0 at stops and where nothing was measured. */
  moving: Uint8Array
  movingSeconds: number
}

export interface ResampleOptions {
  kind: SeriesKind
  /** The `distance` stream (same indexes as `time`): tells a stop from a sensor dropout. */
  distance?: readonly unknown[] | undefined
  /** The `moving` stream (same indexes as `time`). */
  moving?: readonly unknown[] | undefined
}

export const MAX_INTERPOLATED_GAP_SECONDS = 90
export const STATIONARY_SPEED = 0.5
/** A week: a corrupt time stream cannot make us allocate more than a few megabytes. */
const MAX_SERIES_SECONDS = 7 * 86_400

/** The 1 Hz series of one stream, with gaps filled as the module comment describes. */
export function resampleTo1Hz(
  time: readonly unknown[],
  values: readonly unknown[],
  options: ResampleOptions,
): Series1Hz {
  const length = Math.min(Math.floor(lastTime(time)) + 1, MAX_SERIES_SECONDS)
  const out = new Float64Array(Math.max(length, 0))
  const moving = new Uint8Array(out.length)
  const count = Math.min(time.length, values.length)
  let prevIndex = -1
  let prevTime = -1
  let prevValue = 0
  for (let i = 0; i < count; i++) {
    const t = time[i]
    const v = values[i]
    if (typeof t !== 'number' || t < 0 || !(t > prevTime) || t >= out.length) continue
    if (typeof v !== 'number' || !isUsable(v, options.kind)) continue
    const movingFlag = options.moving?.[i] === false ? 0 : 1
    if (prevIndex >= 0 && !isStop(prevIndex, i, t - prevTime, options.distance)) {
      const slope = (v - prevValue) / (t - prevTime)
      for (let k = Math.floor(prevTime) + 1; k <= t; k++) {
        out[k] = prevValue + slope * (k - prevTime)
        moving[k] = movingFlag
      }
    } else if (Number.isInteger(t)) {
      // The first sample, or the first after a stop: the stop's seconds stay 0 and not moving.
      out[t] = v
      moving[t] = movingFlag
    }
    prevIndex = i
    prevTime = t
    prevValue = v
  }
  let movingSeconds = 0
  for (let k = 0; k < moving.length; k++) movingSeconds += moving[k] ?? 0
  return { values: out, moving, movingSeconds }
}

function isUsable(value: number, kind: SeriesKind): boolean {
  if (!Number.isFinite(value) || value < 0) return false
  return kind !== 'heartrate' || value > 0
}

function isStop(
  from: number,
  to: number,
  gap: number,
  distance: readonly unknown[] | undefined,
): boolean {
  if (gap <= 1) return false
  if (gap > MAX_INTERPOLATED_GAP_SECONDS) return true
  const start = distance?.[from]
  const end = distance?.[to]
  if (typeof start !== 'number' || typeof end !== 'number') return false
  return (end - start) / gap < STATIONARY_SPEED
}

/** The last finite, non-negative time offset, or -1 for a stream without one. */
function lastTime(time: readonly unknown[]): number {
  for (let i = time.length - 1; i >= 0; i--) {
    const t = time[i]
    if (typeof t === 'number' && Number.isFinite(t) && t >= 0) return t
  }
  return -1
}
