/**
 * Durations (seconds) of a mean-maximal curve: the contract's 1, 5, 15, 30, 60, 300, 600, 1200
 * and 3600 s among 42 clock-friendly durations up to 5 h. Above 10 s neighbours are at most 4/3
 * apart (about 10 points a decade), so the curve looks smooth on a log axis, and every label
 * reads as a round figure ("2 min 30 s", "1 h 15 min"); below 10 s whole seconds are the limit.
 */
export const MEAN_MAX_DURATIONS: readonly number[] = [
  1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 90, 120, 150, 180, 240, 300, 360,
  420, 480, 600, 720, 900, 1200, 1500, 1800, 2400, 3000, 3600, 4500, 5400, 7200, 9000, 10_800,
  14_400, 18_000,
]

export interface MeanMaxPoint {
  seconds: number
  value: number
  /** Second of the 1 Hz series (seconds into the activity) where the best window starts. */
  startOffset: number
}

/**
 * The best mean value held for each duration (power, heart rate or speed) on a 1 Hz series,
 * from one prefix-sum array: O(n) per duration. Durations longer than the series are left out;
 * the earliest window wins a tie.
 */
export function meanMax(
  series: Float64Array,
  durations: readonly number[] = MEAN_MAX_DURATIONS,
): MeanMaxPoint[] {
  const n = series.length
  const prefix = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) prefix[i + 1] = (prefix[i] ?? 0) + (series[i] ?? 0)
  const points: MeanMaxPoint[] = []
  for (const seconds of durations) {
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > n) continue
    let bestSum = -Infinity
    let bestStart = 0
    for (let start = 0, end = seconds; end <= n; start++, end++) {
      const sum = (prefix[end] as number) - (prefix[start] as number)
      if (sum > bestSum) {
        bestSum = sum
        bestStart = start
      }
    }
    points.push({ seconds, value: bestSum / seconds, startOffset: bestStart })
  }
  return points
}
