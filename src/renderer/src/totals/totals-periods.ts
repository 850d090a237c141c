/**
 * Period keys as the core writes them (ISO week `2024-W05`, month `2024-05`, year `2024`):
 * the current one, stepping, labels. Keys of one kind sort correctly as plain strings.
 */
import type { TotalsQuery } from '../../../shared/library-query'
import { formatCalendarDay, MONTHS_SHORT, type DateStyle } from '../format/dates'

export type TotalsPeriod = TotalsQuery['period']

const DAY_MS = 86_400_000
const WEEK_KEY = /^(\d{4})-W(\d{2})$/
const MONTH_KEY = /^(\d{4})-(\d{2})$/
const YEAR_KEY = /^(\d{4})$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The ISO 8601 week key of a calendar date given as midnight UTC. */
export function isoWeekKey(dateUtc: Date): string {
  const thursday = new Date(dateUtc.getTime())
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7))
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS))
  return `${pad(year, 4)}-W${pad(week)}`
}

/** Monday (midnight UTC) of an ISO week key. */
export function isoWeekMonday(key: string): Date | null {
  const match = WEEK_KEY.exec(key)
  if (!match) return null
  const year = Number(match[1])
  const jan4 = Date.UTC(year, 0, 4)
  const firstMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS
  return new Date(firstMonday + (Number(match[2]) - 1) * 7 * DAY_MS)
}

/** The period containing `now` on the user's own calendar. */
export function currentPeriodKey(period: TotalsPeriod, now: Date): string {
  const y = now.getFullYear()
  if (period === 'year') return pad(y, 4)
  if (period === 'month') return `${pad(y, 4)}-${pad(now.getMonth() + 1)}`
  return isoWeekKey(new Date(Date.UTC(y, now.getMonth(), now.getDate())))
}

/** The period after (step 1) or before (step -1) a key; null for a key of another kind. */
export function stepPeriodKey(period: TotalsPeriod, key: string, step: number): string | null {
  if (period === 'year') {
    return YEAR_KEY.test(key) ? pad(Number(key) + step, 4) : null
  }
  if (period === 'month') {
    const match = MONTH_KEY.exec(key)
    if (!match) return null
    const index = Number(match[1]) * 12 + Number(match[2]) - 1 + step
    return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
  }
  const monday = isoWeekMonday(key)
  return monday ? isoWeekKey(new Date(monday.getTime() + step * 7 * DAY_MS)) : null
}

/** Upper bound on the periods one view lists, whatever odd dates the data holds. */
export const MAX_PERIODS = 5_000

/** Every key from `first` to `last` inclusive, gaps filled. */
export function enumeratePeriods(period: TotalsPeriod, first: string, last: string): string[] {
  const keys: string[] = []
  let key: string | null = first
  while (key !== null && key <= last && keys.length < MAX_PERIODS) {
    keys.push(key)
    key = stepPeriodKey(period, key, 1)
  }
  return keys
}

/** The `count` periods ending with `last`. */
export function lastPeriods(period: TotalsPeriod, last: string, count: number): string[] {
  const first = stepPeriodKey(period, last, -(count - 1)) ?? last
  return enumeratePeriods(period, first, last)
}

/** For the table: `Week 5 · from 29 Jan 2024` (or `Jan 29, 2024`), `May 2024`, `2024`. */
export function formatPeriodLabel(period: TotalsPeriod, key: string, dates: DateStyle): string {
  if (period === 'week') {
    const monday = isoWeekMonday(key)
    const week = WEEK_KEY.exec(key)?.[2]
    return monday && week ? `Week ${Number(week)} · from ${formatCalendarDay(monday, dates)}` : key
  }
  if (period === 'month') {
    const match = MONTH_KEY.exec(key)
    return match ? `${MONTHS_SHORT[Number(match[2]) - 1] ?? match[2]} ${match[1]}` : key
  }
  return key
}

/** For the chart's axis: the short label (`29 Jan` or `Jan 29`) and the year it falls in. */
export function axisPeriodParts(
  period: TotalsPeriod,
  key: string,
  dates: DateStyle,
): { short: string; year: string } {
  if (period === 'week') {
    const monday = isoWeekMonday(key)
    if (!monday) return { short: key, year: '' }
    return {
      short: formatCalendarDay(monday, dates, { year: false }),
      year: String(monday.getUTCFullYear()),
    }
  }
  if (period === 'month') {
    const match = MONTH_KEY.exec(key)
    if (!match) return { short: key, year: '' }
    return { short: MONTHS_SHORT[Number(match[2]) - 1] ?? key, year: match[1] ?? '' }
  }
  return { short: key, year: '' }
}
