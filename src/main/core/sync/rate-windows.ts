/** Strava's rate-limit windows: quarter hours (:00, :15, :30, :45) and days, both in UTC. */
export const QUARTER_MS = 15 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

export const quarterStart = (ms: number): number => Math.floor(ms / QUARTER_MS) * QUARTER_MS
export const dayStart = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS
export const nextQuarter = (ms: number): number => quarterStart(ms) + QUARTER_MS
export const nextDay = (ms: number): number => dayStart(ms) + DAY_MS

export interface Budget {
  limit15: number
  limitDay: number
  used15: number
  usedDay: number
}

export interface Budgets {
  overall: Budget
  read: Budget
}

export const DEFAULT_BUDGETS: Budgets = {
  overall: { limit15: 200, limitDay: 2000, used15: 0, usedDay: 0 },
  read: { limit15: 100, limitDay: 1000, used15: 0, usedDay: 0 },
}

/** Parses `"<15min>,<daily>"`; null when the header is missing or malformed. */
export function parsePair(header: string | null): [number, number] | null {
  if (!header) return null
  const parts = header.split(',').map((p) => Number(p.trim()))
  if (parts.length !== 2 || parts.some((n) => !Number.isInteger(n) || n < 0)) return null
  return [parts[0] as number, parts[1] as number]
}

/** How many more requests the tighter of the two budgets allows right now. */
export function headroom(budget: Budget, reserve15 = 0, reserveDay = 0): number {
  return Math.min(
    budget.limit15 - reserve15 - budget.used15,
    budget.limitDay - reserveDay - budget.usedDay,
  )
}

/**
 * The earliest time at which `count` more GET requests can all have been sent, given the
 * budgets used so far at `now`: the honest finish time the limits allow (not a guess).
 */
export function earliestFinish(budgets: Budgets, now: number, count: number): number {
  if (count <= 0) return now
  let remaining = count
  let time = now
  let read = { ...budgets.read }
  let overall = { ...budgets.overall }
  for (let guard = 0; guard < 1_000_000; guard++) {
    const available = Math.max(0, Math.min(headroom(read), headroom(overall)))
    if (available >= remaining) return time
    remaining -= available
    const dayExhausted =
      read.limitDay - read.usedDay - available <= 0 ||
      overall.limitDay - overall.usedDay - available <= 0
    const next = dayExhausted ? nextDay(time) : nextQuarter(time)
    const newDay = dayStart(next) !== dayStart(time)
    read = { ...read, used15: 0, usedDay: newDay ? 0 : read.usedDay + available }
    overall = { ...overall, used15: 0, usedDay: newDay ? 0 : overall.usedDay + available }
    time = next
  }
  return time
}
