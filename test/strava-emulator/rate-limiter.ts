/** Strava's per-application budgets: windows at :00/:15/:30/:45 UTC, days from midnight UTC. */
import type { EmulatorClock, RateLimits, RateLimitUsage } from './types'

export const DEFAULT_RATE_LIMITS: RateLimits = {
  overall15: 200,
  overallDaily: 2000,
  read15: 100,
  readDaily: 1000,
}

const WINDOW_MS = 15 * 60_000
const DAY_MS = 86_400_000

export type RateVerdict = { kind: 'ok' } | { kind: 'limited'; field: string }

export interface RateLimiter {
  /** Counts one API request (rejected ones too) and says whether it went over a limit. */
  record(isRead: boolean): RateVerdict
  headers(): Record<string, string>
  setUsage(usage: RateLimitUsage): void
}

export function createRateLimiter(limits: RateLimits, clock: EmulatorClock): RateLimiter {
  const usage: Required<RateLimitUsage> = { overall15: 0, overallDaily: 0, read15: 0, readDaily: 0 }
  let window = -1
  let day = -1
  const roll = (): void => {
    const now = clock.now()
    const currentDay = Math.floor(now / DAY_MS)
    const currentWindow = Math.floor(now / WINDOW_MS)
    if (currentDay !== day) {
      day = currentDay
      usage.overallDaily = 0
      usage.readDaily = 0
    }
    if (currentWindow !== window) {
      window = currentWindow
      usage.overall15 = 0
      usage.read15 = 0
    }
  }
  return {
    record(isRead) {
      roll()
      const overOverall =
        usage.overall15 + 1 > limits.overall15 || usage.overallDaily + 1 > limits.overallDaily
      const overRead =
        isRead && (usage.read15 + 1 > limits.read15 || usage.readDaily + 1 > limits.readDaily)
      usage.overall15++
      usage.overallDaily++
      if (isRead) {
        usage.read15++
        usage.readDaily++
      }
      if (overRead) return { kind: 'limited', field: 'read rate limit' }
      if (overOverall) return { kind: 'limited', field: 'overall rate limit' }
      return { kind: 'ok' }
    },
    headers() {
      return {
        'X-RateLimit-Limit': `${limits.overall15},${limits.overallDaily}`,
        'X-RateLimit-Usage': `${usage.overall15},${usage.overallDaily}`,
        'X-ReadRateLimit-Limit': `${limits.read15},${limits.readDaily}`,
        'X-ReadRateLimit-Usage': `${usage.read15},${usage.readDaily}`,
      }
    },
    setUsage(next) {
      roll()
      for (const [key, value] of Object.entries(next) as [keyof RateLimitUsage, number][]) {
        if (value !== undefined) usage[key] = value
      }
    },
  }
}
