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

/** One minute into a quarter hour: runs do not depend on the wall clock's position in a window. */
const alignedStart = () => Math.floor(Date.now() / 900_000) * 900_000 + 60_000

export function createSimClock(startMs = alignedStart()): SimClock {
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
