import { describe, expect, it } from 'vitest'
import {
  BudgetExhausted,
  RateLimiter,
  WINDOW_GRACE_MS,
  type RateLimitState,
} from '../../../../src/main/core/sync/rate-limiter'
import {
  DEFAULT_BUDGETS,
  earliestFinish,
  parsePair,
} from '../../../../src/main/core/sync/rate-windows'
import { createSimClock } from '../../../helpers/sim-clock'

const T0 = Date.UTC(2026, 10, 23, 10, 3, 0) // 10:03 UTC
const headers = (read15: number, readDay: number, limit = '100,1000') =>
  new Headers({
    'x-ratelimit-limit': '200,2000',
    'x-ratelimit-usage': `${read15},${readDay}`,
    'x-readratelimit-limit': limit,
    'x-readratelimit-usage': `${read15},${readDay}`,
  })

function memoryStore() {
  let saved: RateLimitState | undefined
  return { load: () => saved, save: (s: RateLimitState) => void (saved = structuredClone(s)) }
}

describe('rate-limit windows', () => {
  it('parses the "<15min>,<daily>" headers and rejects anything else', () => {
    expect(parsePair('100,1000')).toEqual([100, 1000])
    expect(parsePair(' 7 , 12 ')).toEqual([7, 12])
    for (const bad of [null, '', '100', '1,2,3', 'a,b', '-1,5', '1.5,2'])
      expect(parsePair(bad), String(bad)).toBeNull()
  })

  it('computes the earliest finish from quarter-hour and daily budgets', () => {
    const fresh = structuredClone(DEFAULT_BUDGETS)
    expect(earliestFinish(fresh, T0, 100)).toBe(T0)
    expect(earliestFinish(fresh, T0, 101)).toBe(Date.UTC(2026, 10, 23, 10, 15))
    expect(earliestFinish(fresh, T0, 250)).toBe(Date.UTC(2026, 10, 23, 10, 30))
    // 1,000 a day: request 1,001 waits for midnight UTC.
    expect(earliestFinish(fresh, T0, 1001)).toBe(Date.UTC(2026, 10, 24, 0, 0))
    expect(earliestFinish(fresh, T0, 2101)).toBe(Date.UTC(2026, 10, 25, 0, 15))
  })
})

describe('rate limiter', () => {
  it('sends up to the limit, then waits for the next quarter hour plus a grace', async () => {
    const clock = createSimClock(T0)
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 97; i++) await limiter.acquire({ wait: false })
    // Three requests stay reserved for what the user opens, until the window's last minute.
    await expect(limiter.acquire({ wait: false })).rejects.toBeInstanceOf(BudgetExhausted)
    await limiter.acquire({ wait: false, priority: 'user' })
    await limiter.acquire({ wait: true })
    expect(clock.now()).toBe(Date.UTC(2026, 10, 23, 10, 14))
    expect(limiter.budgets.read.used15).toBe(99)
  })

  it('learns limits and other devices’ usage from headers, and persists them', async () => {
    const clock = createSimClock(T0)
    const store = memoryStore()
    const limiter = new RateLimiter(clock, store)
    await limiter.acquire({ wait: false })
    limiter.observe(headers(60, 900, '80,950'), clock.now())
    expect(limiter.budgets.read).toEqual({ limit15: 80, limitDay: 950, used15: 60, usedDay: 900 })
    const restarted = new RateLimiter(clock, store)
    expect(restarted.budgets.read).toEqual({ limit15: 80, limitDay: 950, used15: 60, usedDay: 900 })
    // 950 - 15 reserved - 900 used = 35 left today, but only 80 - 3 - 60 = 17 this window.
    for (let i = 0; i < 17; i++) await restarted.acquire({ wait: false })
    const error = await restarted.acquire({ wait: false }).catch((e: unknown) => e)
    // The user's reserve is released to background work in the window's last minute.
    expect((error as BudgetExhausted).resumeAt).toBe(Date.UTC(2026, 10, 23, 10, 14))
  })

  it('after a 429 pauses until the next window, or until midnight when the day is spent', () => {
    const clock = createSimClock(T0)
    const limiter = new RateLimiter(clock)
    limiter.onRateLimited(headers(100, 400), clock.now())
    expect(limiter.nextSlot('user')).toBe(Date.UTC(2026, 10, 23, 10, 15) + WINDOW_GRACE_MS)
    limiter.onRateLimited(headers(100, 1000), clock.now())
    expect(limiter.nextSlot('user')).toBe(Date.UTC(2026, 10, 24) + WINDOW_GRACE_MS)
  })

  it('ignores malformed or missing headers', async () => {
    const clock = createSimClock(T0)
    const limiter = new RateLimiter(clock)
    await limiter.acquire({ wait: false })
    limiter.observe(
      new Headers({ 'x-readratelimit-limit': 'lots', 'x-readratelimit-usage': '-3,x' }),
      clock.now(),
    )
    expect(limiter.budgets.read).toEqual({ limit15: 100, limitDay: 1000, used15: 1, usedDay: 1 })
  })

  it('starts a new count at each quarter hour and each UTC day', async () => {
    const clock = createSimClock(Date.UTC(2026, 10, 23, 23, 59, 0))
    const limiter = new RateLimiter(clock)
    for (let i = 0; i < 10; i++) await limiter.acquire({ wait: false })
    clock.advance(60_000)
    expect(limiter.budgets.read).toMatchObject({ used15: 0, usedDay: 0 })
  })
})
