import type { BestsDto, EffortDto, ProgressionDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { formatDay } from '../calendar-day'
import { yearOf } from '../local-day'
import { bestEffortDistances, sportTypesFor } from '../sport-family'
import { activityRefs, deletedActivityIds } from './activity-refs'
import { firstRows } from './first-rows'

export const TOP_EFFORTS = 10

interface EffortRow {
  activityId: number
  day: number
  seconds: number
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
    `SELECT activity_id AS activityId, day, seconds
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

/**
 * Every live activity's effort over the distance, oldest first: one covering-index range per
 * sport type.
 */
function allEfforts(db: AppDb, sport: string, distance: number, deleted: Set<number>) {
  const statement = statementFor(
    db,
    `SELECT activity_id AS activityId, day, seconds FROM lab_best_efforts
     INDEXED BY lab_best_efforts_fastest_idx WHERE sport_type = ? AND distance = ?`,
  )
  const rows: EffortRow[] = []
  for (const type of sportTypesFor(sport)) {
    for (const row of statement.all(type, distance) as EffortRow[]) {
      if (!deleted.has(row.activityId)) rows.push(row)
    }
  }
  return rows.sort((a, b) => a.day - b.day || a.activityId - b.activityId)
}

/**
 * Top 10 per distance for a year (or all time) and each year's fastest, named. One pass over
 * each distance's efforts: O(efforts · log efforts).
 */
export function bestsQuery(db: AppDb, sport: string, year: number | null): BestsDto {
  const deleted = deletedActivityIds(db)
  const years = new Set<number>()
  const chosen: { distance: number; top: EffortRow[]; yearBests: [number, EffortRow][] }[] = []
  for (const distance of distancesFor(sport)) {
    const efforts = allEfforts(db, sport, distance, deleted)
    if (efforts.length === 0) continue
    const perYear = new Map<number, EffortRow>()
    for (const row of efforts) {
      const y = yearOf(row.day)
      years.add(y)
      const best = perYear.get(y)
      // Oldest first, so among equals the first to run it keeps the year.
      if (!best || row.seconds < best.seconds) perYear.set(y, row)
    }
    const inScope = year === null ? efforts : efforts.filter((r) => yearOf(r.day) === year)
    chosen.push({
      distance,
      top: [...inScope].sort(fasterFirst).slice(0, TOP_EFFORTS),
      yearBests: [...perYear.entries()].sort(([a], [b]) => b - a),
    })
  }
  const refs = activityRefs(
    db,
    chosen.flatMap((d) => [...d.top, ...d.yearBests.map(([, r]) => r)].map((r) => r.activityId)),
  )
  const offsets = statementFor(
    db,
    `SELECT start_offset AS startOffset, end_offset AS endOffset FROM lab_best_efforts
     WHERE activity_id = ? AND distance = ?`,
  )
  const named = (distance: number, row: EffortRow): EffortDto[] => {
    const activity = refs.get(row.activityId)
    const at = offsets.get(row.activityId, distance) as
      { startOffset: number; endOffset: number } | undefined
    return activity && at ? [{ activity, distance, seconds: row.seconds, ...at }] : []
  }
  return {
    sport,
    year,
    years: [...years].sort((a, b) => b - a),
    distances: chosen.map((d) => ({
      distance: d.distance,
      top: d.top.flatMap((row) => named(d.distance, row)),
      yearBests: d.yearBests.flatMap(([y, row]) =>
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
