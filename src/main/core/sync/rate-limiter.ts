import { z } from 'zod'
import type { Clock } from '../clock'
import { AppError } from '../errors'
import {
  dayStart,
  DEFAULT_BUDGETS,
  headroom,
  nextDay,
  nextQuarter,
  parsePair,
  quarterStart,
  type Budget,
  type Budgets,
} from './rate-windows'

/** Small gap after a window opens, so a slightly slow machine clock does not spend into the old window. */
export const WINDOW_GRACE_MS = 2_000
/** Requests kept back from background sync for what the user opens, released near a window's end. */
const RESERVE_15 = 3
const RESERVE_DAY = 15
const RESERVE_RELEASE_15_MS = 60_000
const RESERVE_RELEASE_DAY_MS = 15 * 60 * 1000

const budgetSchema = z.object({
  limit15: z.number().int().min(1),
  limitDay: z.number().int().min(1),
  used15: z.number().int().min(0),
  usedDay: z.number().int().min(0),
})
const stateSchema = z.object({
  overall: budgetSchema,
  read: budgetSchema,
  quarter: z.number(),
  day: z.number(),
  pausedUntil: z.number(),
})
export type RateLimitState = z.infer<typeof stateSchema>

export interface RateLimitStore {
  load(): unknown
  save(state: RateLimitState): void
}

export type RequestPriority = 'background' | 'user'

/** Thrown by `acquire` when waiting is not allowed: the budget is spent until `resumeAt`. */
export class BudgetExhausted extends AppError {
  constructor(readonly resumeAt: number) {
    const at = new Date(resumeAt).toISOString().slice(11, 16)
    super('RATE_LIMITED', `Strava's request limit is reached for now; try again after ${at} UTC.`)
  }
}

/**
 * Decides when the next Strava API request may go. Learns limits and usage from every
 * response's headers (other devices share the budget), never sends past a limit, persists what
 * it learned so the next process continues from it, and pauses to the next window after a 429.
 */
export class RateLimiter {
  private state: RateLimitState

  constructor(
    private readonly clock: Clock,
    private readonly store?: RateLimitStore,
  ) {
    const saved = stateSchema.safeParse(store?.load())
    const now = clock.now()
    this.state = saved.success
      ? saved.data
      : {
          ...structuredClone(DEFAULT_BUDGETS),
          quarter: quarterStart(now),
          day: dayStart(now),
          pausedUntil: 0,
        }
  }

  get budgets(): Budgets {
    this.roll(this.clock.now())
    return { overall: { ...this.state.overall }, read: { ...this.state.read } }
  }

  get pausedUntil(): number {
    return this.state.pausedUntil
  }

  /** When the request could be sent (now, or the start of a later window). */
  nextSlot(priority: RequestPriority): number {
    const now = this.clock.now()
    this.roll(now)
    if (now < this.state.pausedUntil) return this.state.pausedUntil
    const { read, overall } = this.state
    const fits = (reserve15: number, reserveDay: number) =>
      headroom(read, reserve15, reserveDay) >= 1 && headroom(overall, reserve15, reserveDay) >= 1
    const { reserve15, reserveDay } = this.reserves(priority, now)
    if (fits(reserve15, reserveDay)) return now
    if (fits(0, 0)) {
      // Only the user's reserve is left: background work may take it when the window is ending.
      const release15 = nextQuarter(now) - RESERVE_RELEASE_15_MS
      const releaseDay = nextDay(now) - RESERVE_RELEASE_DAY_MS
      const dayBound = !fits(0, reserveDay)
      return Math.max(now, dayBound ? releaseDay : release15)
    }
    const dayFull = (b: Budget) => b.limitDay - b.usedDay < 1
    return (dayFull(read) || dayFull(overall) ? nextDay(now) : nextQuarter(now)) + WINDOW_GRACE_MS
  }

  /** Waits for a slot (or throws BudgetExhausted when `wait` is false) and counts the request. */
  async acquire(options: {
    priority?: RequestPriority
    wait: boolean
    signal?: AbortSignal
    onWait?: (until: number) => void
  }) {
    for (;;) {
      const slot = this.nextSlot(options.priority ?? 'background')
      const now = this.clock.now()
      if (slot <= now) break
      if (!options.wait) throw new BudgetExhausted(slot)
      options.onWait?.(slot)
      await this.clock.sleep(slot - now, options.signal)
    }
    this.count(this.state.read)
    this.count(this.state.overall)
    this.persist()
  }

  /** Headers are the truth: they include requests from other devices using the same app. */
  observe(headers: Headers, sentAt: number): void {
    const now = this.clock.now()
    this.roll(now)
    const fresh = quarterStart(sentAt) === this.state.quarter
    this.apply(
      this.state.overall,
      headers.get('x-ratelimit-limit'),
      headers.get('x-ratelimit-usage'),
      fresh,
    )
    this.apply(
      this.state.read,
      headers.get('x-readratelimit-limit'),
      headers.get('x-readratelimit-usage'),
      fresh,
    )
    this.persist()
  }

  /** A 429 despite our bookkeeping: someone else spent the budget. Pause until the window turns. */
  onRateLimited(headers: Headers, sentAt: number): void {
    this.observe(headers, sentAt)
    const now = this.clock.now()
    const { read, overall } = this.state
    const dayFull = read.usedDay >= read.limitDay || overall.usedDay >= overall.limitDay
    this.state.pausedUntil = (dayFull ? nextDay(now) : nextQuarter(now)) + WINDOW_GRACE_MS
    for (const budget of [read, overall]) {
      budget.used15 = Math.max(budget.used15, budget.limit15)
      if (dayFull) budget.usedDay = Math.max(budget.usedDay, budget.limitDay)
    }
    this.persist()
  }

  private reserves(priority: RequestPriority, now: number) {
    if (priority === 'user') return { reserve15: 0, reserveDay: 0 }
    return {
      reserve15: nextQuarter(now) - now <= RESERVE_RELEASE_15_MS ? 0 : RESERVE_15,
      reserveDay: nextDay(now) - now <= RESERVE_RELEASE_DAY_MS ? 0 : RESERVE_DAY,
    }
  }

  private apply(
    budget: Budget,
    limitHeader: string | null,
    usageHeader: string | null,
    fresh: boolean,
  ) {
    const limit = parsePair(limitHeader)
    const usage = parsePair(usageHeader)
    if (limit && limit[0] > 0 && limit[1] > 0) [budget.limit15, budget.limitDay] = limit
    if (usage && fresh) {
      // The larger count wins: other devices raise the server's, in-flight requests raise ours.
      budget.used15 = Math.max(budget.used15, usage[0])
      budget.usedDay = Math.max(budget.usedDay, usage[1])
    }
  }

  private count(budget: Budget) {
    budget.used15++
    budget.usedDay++
  }

  private roll(now: number) {
    const quarter = quarterStart(now)
    const day = dayStart(now)
    if (quarter !== this.state.quarter) {
      this.state.quarter = quarter
      this.state.read.used15 = 0
      this.state.overall.used15 = 0
    }
    if (day !== this.state.day) {
      this.state.day = day
      this.state.read.usedDay = 0
      this.state.overall.usedDay = 0
    }
  }

  private persist() {
    this.store?.save(this.state)
  }
}
