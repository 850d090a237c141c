import type { Series1Hz } from '../../src/main/core/lab/resample'

/** A 1 Hz series, moving at every second unless `moving` says otherwise. */
export function seriesOf(values: ArrayLike<number>, moving?: ArrayLike<number>): Series1Hz {
  const movingFlags = Uint8Array.from(moving ?? Array.from(values, () => 1))
  return {
    values: Float64Array.from(values),
    moving: movingFlags,
    movingSeconds: movingFlags.reduce((sum, m) => sum + m, 0),
  }
}

/** `seconds` samples of one value. */
export function steady(value: number, seconds: number): Series1Hz {
  return seriesOf(new Float64Array(seconds).fill(value))
}

/** 0, 1, ..., n - 1. */
export function secondsUpTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
}
