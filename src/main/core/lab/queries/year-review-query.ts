import type { LabActivityRef, YearReviewDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { formatDay } from '../calendar-day'
import { localDayOf, weekStartOf } from '../local-day'
import { activityRefs, toRef } from './activity-refs'
import { distancesFor, progressionQuery } from './bests-query'
import { activeYears, yearActivities } from './calendar-query'
import type { ActivityHeadRow } from '../../db/activity-head-row'

interface ReviewRow extends Omit<ActivityHeadRow, 'elapsedTime'> {
  elevation: number
  stress: number | null
}

const RECORD_FAMILIES = ['Run', 'Ride', 'Swim'] as const

/** A year in review: totals, the longest and the hilliest, records set, the busiest week. */
export function yearReviewQuery(db: AppDb, year: number): YearReviewDto {
  const rows = yearActivities<ReviewRow>(
    db,
    year,
    `a.id, a.name, a.sport_type AS sportType, a.start_date AS startDate,
     a.start_date_local AS startDateLocal, a.distance, a.moving_time AS movingTime,
     a.total_elevation_gain AS elevation, l.stress`,
  )
  const bySport = new Map<string, YearReviewDto['bySport'][number]>()
  const weeks = new Map<number, { movingTime: number; distance: number; activities: number }>()
  const days = new Set<string>()
  const totals = { activities: 0, activeDays: 0, distance: 0, movingTime: 0, elevation: 0, load: 0 }
  for (const row of rows) {
    totals.activities++
    totals.distance += row.distance
    totals.movingTime += row.movingTime
    totals.elevation += row.elevation
    totals.load += row.stress ?? 0
    days.add(row.startDateLocal.slice(0, 10))
    const sport = bySport.get(row.sportType) ?? {
      sportType: row.sportType,
      activities: 0,
      distance: 0,
      movingTime: 0,
      elevation: 0,
    }
    sport.activities++
    sport.distance += row.distance
    sport.movingTime += row.movingTime
    sport.elevation += row.elevation
    bySport.set(row.sportType, sport)
    const start = weekStartOf(localDayOf(row.startDateLocal, row.startDate))
    const week = weeks.get(start) ?? { movingTime: 0, distance: 0, activities: 0 }
    week.movingTime += row.movingTime
    week.distance += row.distance
    week.activities++
    weeks.set(start, week)
  }
  totals.activeDays = days.size
  const most = <K extends keyof ReviewRow>(key: K) => {
    const best = rows.reduce<ReviewRow | null>(
      (top, row) => ((row[key] as number) > ((top?.[key] as number | undefined) ?? 0) ? row : top),
      null,
    )
    return best ? { ref: toRef(best), value: best[key] as number } : null
  }
  const longest = most('distance')
  const longestTime = most('movingTime')
  const climb = most('elevation')
  const busiest = [...weeks.entries()].sort(([, a], [, b]) => b.movingTime - a.movingTime)[0]
  const first = rows[0]
  const last = rows.at(-1)
  return {
    year,
    years: activeYears(db),
    totals,
    bySport: [...bySport.values()].sort((a, b) => b.movingTime - a.movingTime),
    longest: longest && { ...longest.ref, distance: longest.value },
    longestTime: longestTime && { ...longestTime.ref, movingTime: longestTime.value },
    biggestClimb: climb && { ...climb.ref, elevation: climb.value },
    records: recordsSetIn(db, year),
    mostActiveWeek: busiest ? { weekStart: formatDay(busiest[0]), ...busiest[1] } : null,
    first: first ? toRef(first) : null,
    last: last ? toRef(last) : null,
  }
}

/** For each family and distance, the fastest effort of the year that was a record when set. */
function recordsSetIn(db: AppDb, year: number): YearReviewDto['records'] {
  const found: { family: string; distance: number; seconds: number; activityId: number }[] = []
  for (const family of RECORD_FAMILIES) {
    for (const distance of distancesFor(family)) {
      const records = progressionQuery(db, family, distance).efforts.filter(
        (e) => e.record && e.date.startsWith(`${year}-`),
      )
      const best = records.at(-1)
      if (best) found.push({ family, distance, seconds: best.seconds, activityId: best.activityId })
    }
  }
  const refs = activityRefs(
    db,
    found.map((r) => r.activityId),
  )
  return found.flatMap((r) => {
    const activity: LabActivityRef | undefined = refs.get(r.activityId)
    return activity
      ? [{ family: r.family, distance: r.distance, seconds: r.seconds, activity }]
      : []
  })
}
