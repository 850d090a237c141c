import type {
  BestsDto,
  DistanceBestsDto,
  EffortDto,
  ProgressionDto,
} from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { formatDay } from '../calendar-day'
import { yearDays, yearOf } from '../local-day'
import { bestEffortDistances, sportTypesFor } from '../sport-family'
import { activityRefs, deletedActivityIds } from './activity-refs'
import { firstRows } from './first-rows'

export const TOP_EFFORTS = 10

interface EffortRow {
  activityId: number
  day: number
  seconds: number
  startOffset: number
  endOffset: number
}

/** The standard distances of a `--sport` filter (its family's, or the type's own). */
export function distancesFor(sport: string): readonly number[] {
  return bestEffortDistances(sportTypesFor(sport)[0] ?? sport)
}

/**
 * The fastest efforts over `distance` among the sport's activities (in a day range), fastest
 * first, the earlier one first among equals. One index range per sport type, read only until
 * `limit` live rows: O(limit · types) when nothing is deleted.
 */
export function fastestEfforts(
  db: AppDb,
  sport: string,
  distance: number,
  limit: number,
  days: { first: number; last: number } = { first: -1e9, last: 1e9 },
  deleted: Set<number> = deletedActivityIds(db),
): EffortRow[] {
  const statement = statementFor(
    db,
    `SELECT activity_id AS activityId, day, seconds, start_offset AS startOffset,
            end_offset AS endOffset
     FROM lab_best_efforts INDEXED BY lab_best_efforts_fastest_idx
     WHERE sport_type = ? AND distance = ? AND day BETWEEN ? AND ?
     ORDER BY seconds, day, activity_id LIMIT ? OFFSET ?`,
  )
  const found: EffortRow[] = []
  for (const type of sportTypesFor(sport)) {
    const params = [type, distance, days.first, days.last]
    found.push(...firstRows<EffortRow>(statement, params, (r) => !deleted.has(r.activityId), limit))
  }
  return found.sort(fasterFirst).slice(0, limit)
}

/** Every live activity's effort over the distance, oldest first. */
function allEfforts(db: AppDb, sport: string, distance: number, deleted: Set<number>) {
  const statement = statementFor(
    db,
    `SELECT activity_id AS activityId, day, seconds FROM lab_best_efforts
     INDEXED BY lab_best_efforts_fastest_idx WHERE sport_type = ? AND distance = ?`,
  )
  const rows: { activityId: number; day: number; seconds: number }[] = []
  for (const type of sportTypesFor(sport)) {
    for (const row of statement.all(type, distance) as typeof rows) {
      if (!deleted.has(row.activityId)) rows.push(row)
    }
  }
  return rows.sort((a, b) => a.day - b.day || a.activityId - b.activityId)
}

/** Top 10 per distance for a year (or all time) and each year's fastest, named. */
export function bestsQuery(db: AppDb, sport: string, year: number | null): BestsDto {
  const deleted = deletedActivityIds(db)
  const years = new Set<number>()
  const distances: (Omit<DistanceBestsDto, 'top' | 'yearBests'> & {
    top: EffortRow[]
    yearBests: { year: number; row: EffortRow }[]
  })[] = []
  for (const distance of distancesFor(sport)) {
    const perYear = new Map<number, { activityId: number; day: number; seconds: number }>()
    for (const row of allEfforts(db, sport, distance, deleted)) {
      const y = yearOf(row.day)
      years.add(y)
      const best = perYear.get(y)
      if (!best || row.seconds < best.seconds) perYear.set(y, row)
    }
    if (perYear.size === 0) continue
    const scope = year === null ? undefined : yearDays(year)
    const top = fastestEfforts(db, sport, distance, TOP_EFFORTS, scope, deleted)
    const yearBests = [...perYear.entries()]
      .sort(([a], [b]) => b - a)
      .map(([y]) => ({
        year: y,
        row: fastestEfforts(db, sport, distance, 1, yearDays(y), deleted)[0] as EffortRow,
      }))
    distances.push({ distance, top, yearBests })
  }
  const ids = distances.flatMap((d) => [
    ...d.top.map((r) => r.activityId),
    ...d.yearBests.map((y) => y.row.activityId),
  ])
  const refs = activityRefs(db, ids)
  const named = (distance: number, row: EffortRow): EffortDto[] => {
    const activity = refs.get(row.activityId)
    return activity
      ? [
          {
            activity,
            distance,
            seconds: row.seconds,
            startOffset: row.startOffset,
            endOffset: row.endOffset,
          },
        ]
      : []
  }
  return {
    sport,
    year,
    years: [...years].sort((a, b) => b - a),
    distances: distances.map((d) => ({
      distance: d.distance,
      top: d.top.flatMap((row) => named(d.distance, row)),
      yearBests: d.yearBests.flatMap(({ year: y, row }) =>
        named(d.distance, row).map((effort) => ({ year: y, effort })),
      ),
    })),
  }
}

/** Every effort over a distance, oldest first, marking each that was the fastest so far. */
export function progressionQuery(db: AppDb, sport: string, distance: number): ProgressionDto {
  let best = Infinity
  const efforts = allEfforts(db, sport, distance, deletedActivityIds(db)).map((row) => {
    const record = row.seconds < best
    if (record) best = row.seconds
    return { date: formatDay(row.day), seconds: row.seconds, activityId: row.activityId, record }
  })
  return { sport, distance, efforts }
}

function fasterFirst(a: EffortRow, b: EffortRow): number {
  return a.seconds - b.seconds || a.day - b.day || a.activityId - b.activityId
}
