import { AppError } from '../errors'

const DAY_MS = 86_400_000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A `YYYY-MM-DD` calendar day as a count of days since 1970-01-01. Calendar days are counted in
 * UTC arithmetic so the machine's time zone and its DST changes never shift a day.
 */
export function dayNumber(day: string): number {
  const match = DAY_PATTERN.exec(day)
  if (match !== null) {
    const [, year, month, date] = match.map(Number) as [number, number, number, number]
    const ms = Date.UTC(year, month - 1, date)
    // Date.UTC rolls 2025-02-30 over into March: a day that does not round-trip is not a day.
    if (formatDay(ms / DAY_MS) === day) return ms / DAY_MS
  }
  throw new AppError('INVALID_INPUT', `Dates are written YYYY-MM-DD, and "${day}" is not one.`)
}

/** The `YYYY-MM-DD` text of a day number from `dayNumber`. */
export function formatDay(dayCount: number): string {
  return new Date(dayCount * DAY_MS).toISOString().slice(0, 10)
}
