import type { CalendarDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'

interface CalendarRow {
  id: number
  date: string
  distance: number
  movingTime: number
  stress: number | null
}

/** Years with activities, newest first. */
export function activeYears(db: AppDb): number[] {
  const years = statementFor(
    db,
    `SELECT DISTINCT CAST(substr(start_date_local, 1, 4) AS INTEGER) AS year
     FROM activities INDEXED BY activities_live_library_idx WHERE deleted_at IS NULL
     ORDER BY year DESC`,
  )
    .pluck(true)
    .all() as number[]
  return years.filter((y) => Number.isInteger(y) && y > 0)
}

/** Activities of a calendar year by local day, with their start in local time order. */
export function yearActivities<T>(db: AppDb, year: number, columns: string): T[] {
  return statementFor(
    db,
    `SELECT ${columns}
     FROM activities a INDEXED BY activities_live_library_idx
     LEFT JOIN lab_activities l ON l.activity_id = a.id
     WHERE a.deleted_at IS NULL AND a.start_date BETWEEN ? AND ?
       AND a.start_date_local >= ? AND a.start_date_local < ?
     ORDER BY a.start_date_local, a.id`,
  ).all(
    Date.UTC(year, 0, 1) / 1000 - 86_400,
    Date.UTC(year + 1, 0, 1) / 1000 + 86_400,
    `${year}-01-01`,
    `${year + 1}-01-01`,
  ) as T[]
}

/** A year of days, each with its load (summed stress), distance, time and activities. */
export function calendarQuery(db: AppDb, year: number): CalendarDto {
  const rows = yearActivities<CalendarRow>(
    db,
    year,
    `a.id, substr(a.start_date_local, 1, 10) AS date, a.distance, a.moving_time AS movingTime,
     l.stress`,
  )
  const days = new Map<string, CalendarDto['days'][number]>()
  for (const row of rows) {
    const day = days.get(row.date) ?? {
      date: row.date,
      load: 0,
      distance: 0,
      movingTime: 0,
      activityIds: [],
    }
    day.load += row.stress ?? 0
    day.distance += row.distance
    day.movingTime += row.movingTime
    day.activityIds.push(row.id)
    days.set(row.date, day)
  }
  const list = [...days.values()]
  return {
    year,
    years: activeYears(db),
    days: list,
    maxLoad: Math.max(0, ...list.map((d) => d.load)),
  }
}
