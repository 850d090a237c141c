import type { PreferencesDto } from '../../../shared/settings-dto'

/**
 * Every date and time the app shows, in one style chosen in Settings → Units. Words stay in the
 * app's language (English); the style only decides day or month first and the 12- or 24-hour
 * clock, so that "system" follows the computer's habits without mixing languages on one screen.
 */
export type DateFormat = PreferencesDto['dateFormat']

export interface DateStyle {
  order: 'day-month' | 'month-day'
  clock: '24h' | '12h'
}

export const DAY_MONTH_24H: DateStyle = { order: 'day-month', clock: '24h' }
export const MONTH_DAY_12H: DateStyle = { order: 'month-day', clock: '12h' }

const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** The style a preference stands for; `system` reads the order and clock of `locale`. */
export function resolveDateStyle(format: DateFormat, locale?: string): DateStyle {
  if (format === 'day-month-24h') return DAY_MONTH_24H
  if (format === 'month-day-12h') return MONTH_DAY_12H
  return systemDateStyle(locale)
}

function systemDateStyle(locale?: string): DateStyle {
  try {
    const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions()
      .hourCycle
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' })
      .formatToParts(new Date(Date.UTC(2024, 4, 21)))
      .map((p) => p.type)
    return {
      order: parts.indexOf('month') < parts.indexOf('day') ? 'month-day' : 'day-month',
      clock: hourCycle === 'h11' || hourCycle === 'h12' ? '12h' : '24h',
    }
  } catch {
    return DAY_MONTH_24H
  }
}

/** A calendar date and a time on a wall clock, with no time zone left to apply. */
export interface WallClock {
  year: number
  /** 1 to 12. */
  month: number
  day: number
  hour: number
  minute: number
}

/** Reads start_date_local as written: no Date parsing, so no time zone ever shifts it. */
export function readWallClock(startDateLocal: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startDateLocal)
  if (!match) return null
  const [, year, month, day, hour, minute] = match.map(Number)
  return {
    year: year ?? 0,
    month: month ?? 1,
    day: day ?? 1,
    hour: hour ?? 0,
    minute: minute ?? 0,
  }
}

/** An instant (ISO, UTC) on this computer's clock. */
function instantWallClock(iso: string): WallClock | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  }
}

function weekday(w: WallClock): number {
  // A calendar computation in UTC only, to find the weekday of that calendar date.
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()
}

/** `1 May` or `May 1`. */
function dayMonth(w: Pick<WallClock, 'month' | 'day'>, style: DateStyle): string {
  const month = MONTHS_SHORT[w.month - 1] ?? ''
  return style.order === 'month-day' ? `${month} ${w.day}` : `${w.day} ${month}`
}

/** `1 May 2024` or `May 1, 2024`. */
function dayMonthYear(w: Pick<WallClock, 'year' | 'month' | 'day'>, style: DateStyle): string {
  const separator = style.order === 'month-day' ? ', ' : ' '
  return `${dayMonth(w, style)}${separator}${w.year}`
}

/** `07:30` or `7:30 AM`. */
export function formatClock(w: Pick<WallClock, 'hour' | 'minute'>, style: DateStyle): string {
  const minute = String(w.minute).padStart(2, '0')
  if (style.clock === '24h') return `${String(w.hour).padStart(2, '0')}:${minute}`
  const hour = w.hour % 12 === 0 ? 12 : w.hour % 12
  return `${hour}:${minute} ${w.hour < 12 ? 'AM' : 'PM'}`
}

/** `Wed, 1 May 2024` from start_date_local. */
export function formatLocalDate(startDateLocal: string, style: DateStyle): string {
  const w = readWallClock(startDateLocal)
  if (!w) return startDateLocal
  return `${WEEKDAYS_SHORT[weekday(w)]}, ${dayMonthYear(w, style)}`
}

/** `07:30` from start_date_local. */
export function formatLocalTime(startDateLocal: string, style: DateStyle): string {
  const w = readWallClock(startDateLocal)
  return w ? formatClock(w, style) : ''
}

/** `Wednesday, 1 May 2024 at 07:30` from start_date_local. */
export function formatLocalDateTimeLong(startDateLocal: string, style: DateStyle): string {
  const w = readWallClock(startDateLocal)
  if (!w) return startDateLocal
  return `${WEEKDAYS_LONG[weekday(w)]}, ${dayMonthYear(w, style)} at ${formatClock(w, style)}`
}

/** `1 May 2024`: the day an instant (ISO, UTC) falls on for this computer. */
export function formatInstantDate(iso: string, style: DateStyle): string {
  const w = instantWallClock(iso)
  return w ? dayMonthYear(w, style) : iso
}

/** An instant on this computer's clock: the time alone today, `1 May 2024, 07:30` otherwise. */
export function formatInstant(iso: string, style: DateStyle, now: Date = new Date()): string {
  const w = instantWallClock(iso)
  if (!w) return iso
  const today =
    w.year === now.getFullYear() && w.month === now.getMonth() + 1 && w.day === now.getDate()
  return today ? formatClock(w, style) : `${dayMonthYear(w, style)}, ${formatClock(w, style)}`
}

/** A calendar date given as midnight UTC (as the totals compute them): `29 Jan 2024`, `29 Jan`. */
export function formatCalendarDay(
  dateUtc: Date,
  style: DateStyle,
  options: { year: boolean } = { year: true },
): string {
  const w = {
    year: dateUtc.getUTCFullYear(),
    month: dateUtc.getUTCMonth() + 1,
    day: dateUtc.getUTCDate(),
  }
  return options.year ? dayMonthYear(w, style) : dayMonth(w, style)
}
