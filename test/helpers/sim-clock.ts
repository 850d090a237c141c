import type { Clock } from '../../src/main/core/clock'

/**
 * Simulated time for rate-limit tests and benchmarks: `sleep` moves time forward at once, so days
 * of rate-limited syncing run in seconds. Meant for one sequential sleeper (the sync loop).
 */
export interface SimClock extends Clock {
  advance(ms: number): void
  /** Total simulated time spent sleeping. */
  slept(): number
}

export function createSimClock(startMs = Date.now()): SimClock {
  let now = startMs
  let slept = 0
  return {
    now: () => now,
    advance: (ms) => void (now += ms),
    slept: () => slept,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason)
        now += Math.max(0, ms)
        slept += Math.max(0, ms)
        setImmediate(resolve)
      }),
  }
}
