import { AppError } from '../errors'
import { dayNumber, formatDay } from './calendar-day'

export interface FitnessDay {
  date: string
  load: number
  fitness: number
  fatigue: number
  form: number
}

export const K42 = 1 - Math.exp(-1 / 42)
export const K7 = 1 - Math.exp(-1 / 7)

/**
 * The contract's daily fitness / fatigue / form series from each local day's summed stress
 * (`YYYY-MM-DD` → load), one item per day from `from` (default: the first day with a load) to
 * `to` (default: the last), oldest first. Accumulation always starts at the first day with a
 * load, so a later `from` shows the same numbers as the whole series does on those days.
 */
export function fitnessSeries(
  loads: ReadonlyMap<string, number>,
  window: { from?: string | undefined; to?: string | undefined } = {},
): FitnessDay[] {
  const byDay = new Map<number, number>()
  for (const [date, load] of loads) byDay.set(dayNumber(date), load)
  return fitnessSeriesByDay(byDay, {
    from: window.from === undefined ? undefined : dayNumber(window.from),
    to: window.to === undefined ? undefined : dayNumber(window.to),
  })
}

/** `fitnessSeries` over day numbers (calendar-day.ts): O(days in the series). */
export function fitnessSeriesByDay(
  byDay: ReadonlyMap<number, number>,
  window: { from?: number | undefined; to?: number | undefined } = {},
): FitnessDay[] {
  let first = Infinity
  let last = -Infinity
  for (const [day, load] of byDay) {
    if (!Number.isFinite(load) || load < 0) {
      throw new AppError(
        'INVALID_INPUT',
        `The load of ${formatDay(day)} is not a stress score: ${load}.`,
      )
    }
    first = Math.min(first, day)
    last = Math.max(last, day)
  }
  const start = window.from ?? first
  const end = window.to ?? last
  if (!Number.isFinite(start) || !Number.isFinite(end)) return []
  const days: FitnessDay[] = []
  let fitness = 0
  let fatigue = 0
  for (let day = Math.min(start, first); day <= end; day++) {
    const load = byDay.get(day) ?? 0
    const form = fitness - fatigue
    fitness += (load - fitness) * K42
    fatigue += (load - fatigue) * K7
    if (day >= start) days.push({ date: formatDay(day), load, fitness, fatigue, form })
  }
  return days
}
