import type { FitnessDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { dayNumber } from '../calendar-day'
import { fitnessSeriesByDay } from '../fitness'
import { deletedActivityIds } from './activity-refs'

export interface DayWindow {
  from?: string | undefined
  to?: string | undefined
}

/**
 * Each local day's summed stress score (day number → load), a day with only unscored
 * activities counting 0: the series starts at the first activity. One pass over the covering
 * day index, O(activities).
 */
export function dailyLoads(db: AppDb): {
  loads: Map<number, number>
  scored: number
  unscored: number
} {
  const deleted = deletedActivityIds(db)
  const rows = statementFor(
    db,
    `SELECT day, stress, stress_method, activity_id FROM lab_activities
     INDEXED BY lab_activities_day_idx ORDER BY day`,
  )
    .raw(true)
    .all() as [number, number, string, number][]
  const byDay = new Map<number, number>()
  let scored = 0
  let unscored = 0
  for (const [day, stress, method, id] of rows) {
    if (deleted.has(id)) continue
    byDay.set(day, (byDay.get(day) ?? 0) + stress)
    if (method === 'unscored') unscored++
    else scored++
  }
  return { loads: byDay, scored, unscored }
}

/** The contract's fitness / fatigue / form series over the stored stress scores. */
export function fitnessQuery(db: AppDb, window: DayWindow): FitnessDto {
  const { loads, scored, unscored } = dailyLoads(db)
  const days = fitnessSeriesByDay(loads, {
    from: window.from === undefined ? undefined : dayNumber(window.from),
    to: window.to === undefined ? undefined : dayNumber(window.to),
  })
  return { days, scored, unscored }
}
