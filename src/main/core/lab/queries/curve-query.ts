import type { CriticalPowerDto, CurveDto, CurveStream } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { fitCriticalPower } from '../critical-power'
import { MEAN_MAX_DURATIONS } from '../mean-max'
import { sportTypesFor } from '../sport-family'
import { activityRefs, deletedActivityIds } from './activity-refs'
import { firstRows } from './first-rows'
import { periodOf, type Period } from './period'

interface PointRow {
  activityId: number
  day: number
  value: number
  startOffset: number
}

/**
 * The best value per duration among the sport's activities in a period: for each duration and
 * sport type, one walk down the index from the best value, stopping at the first row in the
 * period (all time: the first row). O(durations · types) seeks when nothing is deleted.
 */
export function curvePoints(
  db: AppDb,
  stream: CurveStream,
  sport: string,
  period: Period,
  durations: readonly number[] = MEAN_MAX_DURATIONS,
): (PointRow & { seconds: number })[] {
  const deleted = deletedActivityIds(db)
  const statement = statementFor(
    db,
    `SELECT activity_id AS activityId, day, value, start_offset AS startOffset
     FROM lab_mean_max INDEXED BY lab_mean_max_best_idx
     WHERE stream = ? AND sport_type = ? AND seconds = ? AND day BETWEEN ? AND ?
     ORDER BY value DESC, day, activity_id LIMIT ? OFFSET ?`,
  )
  const startOf = instantCheck(db, period)
  const points: (PointRow & { seconds: number })[] = []
  for (const seconds of durations) {
    let best: PointRow | null = null
    for (const type of sportTypesFor(sport)) {
      const params = [stream, type, seconds, period.firstDay, period.lastDay]
      const [row] = firstRows<PointRow>(
        statement,
        params,
        (r) => !deleted.has(r.activityId) && startOf(r.activityId),
      )
      if (row && (best === null || better(row, best))) best = row
    }
    if (best) points.push({ ...best, seconds })
  }
  return points
}

/** The curve of a period, named, with CP and W′ for power. */
export function curveQuery(
  db: AppDb,
  query: { stream: CurveStream; sport: string; from?: string; to?: string },
): CurveDto {
  const rows = curvePoints(db, query.stream, query.sport, periodOf(query.from, query.to))
  const refs = activityRefs(
    db,
    rows.map((r) => r.activityId),
  )
  const points = rows.flatMap((row) => {
    const activity = refs.get(row.activityId)
    return activity
      ? [{ seconds: row.seconds, value: row.value, activity, startOffset: row.startOffset }]
      : []
  })
  const criticalPower: CriticalPowerDto | null =
    query.stream === 'watts' && points.length > 0
      ? fitCriticalPower(points.map((p) => ({ seconds: p.seconds, watts: p.value })))
      : null
  return {
    stream: query.stream,
    sport: query.sport,
    from: query.from ?? null,
    to: query.to ?? null,
    points,
    criticalPower,
  }
}

function better(a: PointRow, b: PointRow): boolean {
  return (
    a.value > b.value ||
    (a.value === b.value && (a.day < b.day || (a.day === b.day && a.activityId < b.activityId)))
  )
}

/** Whether an activity started within the period's instants (always, for day bounds). */
function instantCheck(db: AppDb, period: Period): (activityId: number) => boolean {
  const { fromInstant, toInstant } = period
  if (fromInstant === undefined && toInstant === undefined) return () => true
  const statement = statementFor(db, 'SELECT start_date FROM activities WHERE id = ?').pluck(true)
  return (id) => {
    const start = statement.get(id) as number | undefined
    if (start === undefined) return false
    return (
      (fromInstant === undefined || start >= fromInstant) &&
      (toInstant === undefined || start <= toInstant)
    )
  }
}
