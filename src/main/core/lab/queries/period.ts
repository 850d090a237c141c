import { AppError } from '../../errors'
import { dayNumber } from '../calendar-day'

/**
 * A `--from` / `--to` bound: a calendar day (`2024-05-01`, the activity's local day, inclusive)
 * or an instant (`2024-05-01T06:30:00Z`, the activity's start, inclusive).
 */
export interface Period {
  firstDay: number
  lastDay: number
  /** Epoch seconds; present only for instants. */
  fromInstant?: number
  toInstant?: number
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

export function periodOf(from: string | undefined, to: string | undefined): Period {
  const period: Period = { firstDay: -1e9, lastDay: 1e9 }
  if (from !== undefined) {
    if (DATE_ONLY.test(from)) period.firstDay = dayNumber(from)
    else {
      period.fromInstant = instant(from)
      // An activity starting at the instant began on its UTC day or within a day of it.
      period.firstDay = Math.floor(period.fromInstant / 86_400) - 1
    }
  }
  if (to !== undefined) {
    if (DATE_ONLY.test(to)) period.lastDay = dayNumber(to)
    else {
      period.toInstant = instant(to)
      period.lastDay = Math.floor(period.toInstant / 86_400) + 1
    }
  }
  return period
}

function instant(text: string): number {
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) {
    throw new AppError('INVALID_INPUT', `"${text}" is neither a date nor a date-time.`)
  }
  return Math.floor(ms / 1000)
}
