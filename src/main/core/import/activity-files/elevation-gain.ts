/**
 * Elevation gain the way Strava describes it: "summing up all gains in an activity, where a gain
 * is defined as the difference between a low point and a high point ... a gain must exceed a
 * threshold in order to be counted. The elevation data ... is smoothed before elevation gain is
 * calculated in order to reduce noise" (Strava support, "Elevation Gain"). Its numbers are not
 * published; ours:
 * - smoothing: each altitude becomes the mean of the samples within 5 s either side of it
 *   (a time window, so one-second and "smart" recording are treated alike);
 * - hysteresis: a climb counts only once the smoothed altitude has risen more than 3 m above the
 *   lowest point since the last counted top, and then counts from that low point; a descent
 *   likewise has to fall more than 3 m below the top to end the climb.
 * Barometric noise of a metre or so and GPS altitude wobble then add nothing, while every real
 * climb of more than 3 m is counted in full.
 */

export const SMOOTHING_HALF_WINDOW_S = 5
export const CLIMB_THRESHOLD_M = 3

/** Centred moving mean over a time window, in one pass with a running sum. */
export function smoothAltitude(time: readonly number[], altitude: readonly number[]): number[] {
  const n = altitude.length
  const result = new Array<number>(n)
  let lo = 0
  let hi = 0
  let sum = 0
  for (let i = 0; i < n; i++) {
    const t = time[i] as number
    while (hi < n && (time[hi] as number) <= t + SMOOTHING_HALF_WINDOW_S)
      sum += altitude[hi++] as number
    while ((time[lo] as number) < t - SMOOTHING_HALF_WINDOW_S) sum -= altitude[lo++] as number
    result[i] = sum / (hi - lo)
  }
  return result
}

/** Metres climbed, from smoothed altitude with a 3 m hysteresis. */
export function elevationGain(time: readonly number[], altitude: readonly number[]): number {
  if (altitude.length < 2) return 0
  const smooth = smoothAltitude(time, altitude)
  let gain = 0
  let climbing = false
  let low = smooth[0] as number
  let high = low
  for (const value of smooth) {
    if (climbing) {
      if (value > high) {
        gain += value - high
        high = value
      } else if (value < high - CLIMB_THRESHOLD_M) {
        climbing = false
        low = value
      }
    } else if (value < low) {
      low = value
    } else if (value > low + CLIMB_THRESHOLD_M) {
      climbing = true
      gain += value - low
      high = value
    }
  }
  return Math.round(gain * 10) / 10
}
