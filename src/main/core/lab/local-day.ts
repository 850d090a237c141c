import { dayNumber, formatDay } from './calendar-day'

/**
 * An activity's local calendar day as the lab counts days (cli-contract: `start_date_local`),
 * as days since 1970-01-01. A start_date_local that is not a date falls back to the UTC day of
 * `startDate` (epoch seconds), so one odd record never stops the lab.
 */
export function localDayOf(startDateLocal: string, startDate: number): number {
  const text = startDateLocal.slice(0, 10)
  try {
    return dayNumber(text)
  } catch {
    return Math.floor(startDate / 86_400)
  }
}

/** The `YYYY-MM-DD` of an activity's local day. */
export function localDayText(startDateLocal: string, startDate: number): string {
  return formatDay(localDayOf(startDateLocal, startDate))
}

/** Monday of the week holding `day` (day 0, 1970-01-01, was a Thursday). */
export function weekStartOf(day: number): number {
  return day - ((day + 3) % 7)
}

/** The first and last day numbers of a calendar year. */
export function yearDays(year: number): { first: number; last: number } {
  return { first: Date.UTC(year, 0, 1) / 86_400_000, last: Date.UTC(year, 11, 31) / 86_400_000 }
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear()
}
