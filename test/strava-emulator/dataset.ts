/** The deterministic dataset: who did what, when, under which id. */
import { buildActivity, type ActivityPlan } from './activity-builder'
import { ADVERSARIAL_NAMES } from './names'
import { HOME, TRAVEL, utcOffsetSeconds, type Place } from './places'
import { createRandom, pickWeighted, type Random } from './prng'
import { SPORTS, SPORT_WEIGHTS } from './sports'
import type { EmulatorActivity, SportType } from './types'

const FIRST_ID = 16_000_000_000
const DAY_MS = 86_400_000
const SPAN_MS = 4 * 365 * DAY_MS
const MANUAL_ANYWAY: SportType = 'WeightTraining'

/** Ids grow with date but never contiguously, like Strava's. */
export function nextActivityId(random: Random, previous: number): number {
  return previous + random.int(20_000, 400_000)
}

interface Slot {
  startMs: number
  place: Place
}

/** Start times at 05:00-19:00 local time of the place, oldest first, never two at once. */
function pickSlots(random: Random, count: number, nowMs: number): Slot[] {
  const oldest = nowMs - SPAN_MS
  const slots = Array.from({ length: count }, (): Slot => {
    const place = random.chance(0.8) ? HOME : random.pick(TRAVEL)
    const day = Math.floor(random.next() * (SPAN_MS / DAY_MS))
    const wallClock = Math.floor(oldest / DAY_MS + day) * DAY_MS + random.int(5, 19) * 3600_000
    const startMs = wallClock + random.int(0, 3599) * 1000
    const utcMs = startMs - utcOffsetSeconds(place.timeZone, startMs) * 1000
    return { startMs: Math.min(utcMs, nowMs - 6 * 3600_000), place }
  })
  slots.sort((a, b) => a.startMs - b.startMs)
  for (let i = 1; i < slots.length; i++) {
    const previous = slots[i - 1]?.startMs ?? 0
    const slot = slots[i]
    if (slot && slot.startMs <= previous) slot.startMs = previous + 60_000
  }
  for (const slot of slots) slot.startMs = Math.floor(slot.startMs / 1000) * 1000
  return slots
}

/** About 8% manual and 5% private, with at least one of each in any dataset of 20 or more. */
function planActivities(random: Random, count: number, nowMs: number): ActivityPlan[] {
  let id = FIRST_ID
  const plans = pickSlots(random, count, nowMs).map(({ startMs, place }): ActivityPlan => {
    id = nextActivityId(random, id)
    const sport = pickWeighted(random, SPORT_WEIGHTS)
    const manual = random.chance(SPORTS[sport].manualChance)
    const isPrivate = random.chance(0.05)
    return { id, seed: random.uint32(), startMs, place, sport, manual, private: isPrivate }
  })
  plans.reverse()
  if (count >= 20) {
    const forcedManual = plans[7]
    if (forcedManual && !plans.some((plan) => plan.manual)) {
      Object.assign(forcedManual, { sport: MANUAL_ANYWAY, manual: true })
    }
    const forcedPrivate = plans[4]
    if (forcedPrivate && !plans.some((plan) => plan.private)) forcedPrivate.private = true
  }
  for (const [index, name] of ADVERSARIAL_NAMES) {
    const plan = plans[index]
    if (plan) plan.name = name
  }
  return plans
}

/** Same seed, count and now give the same activities, newest first. */
export function generateDataset(seed: number, count: number, nowMs: number): EmulatorActivity[] {
  const random = createRandom(seed)
  return planActivities(random, count, nowMs).map(buildActivity)
}

/**
 * The activities of generateDataset, built a page at a time in the order Strava lists them
 * (newest first), so a large library never sits in memory at once.
 */
export function* generateDatasetPages(
  seed: number,
  count: number,
  nowMs: number,
  pageSize: number,
): Generator<EmulatorActivity[]> {
  const plans = planActivities(createRandom(seed), count, nowMs)
  for (let start = 0; start < plans.length; start += pageSize) {
    yield plans.slice(start, start + pageSize).map(buildActivity)
  }
}
