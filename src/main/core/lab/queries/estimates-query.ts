import type { ThresholdEstimateDto } from '../../../../shared/lab-dto'
import type { ThresholdValues } from '../../../../shared/lab-thresholds'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { dayNumber } from '../calendar-day'
import { estimateFtp, estimateMaxHr, estimateThresholdPace, type Estimate } from '../estimates'
import { activityRefs, deletedActivityIds } from './activity-refs'
import { curvePoints } from './curve-query'
import { distancesFor, fastestEfforts } from './bests-query'

/** Power and pace estimates look at recent form: the year up to today. */
const RECENT_DAYS = 365

/**
 * Suggested thresholds from the stored figures, each with its rule and the activity it came
 * from: FTP from the best 20-minute power of the last year (any sport), maximum heart rate from
 * the highest sustained reading ever, threshold pace from the last year's run efforts.
 */
export function estimatesQuery(
  db: AppDb,
  today: string,
  current: ThresholdValues,
): ThresholdEstimateDto[] {
  const last = dayNumber(today)
  const recent = { firstDay: last - RECENT_DAYS + 1, lastDay: last }
  const found: { kind: ThresholdEstimateDto['kind']; estimate: Estimate }[] = []
  const deleted = deletedActivityIds(db)

  const power = analysedSportTypes(db)
    .flatMap((type) => curvePoints(db, 'watts', type, recent, [1200]))
    .map((p) => ({ activityId: p.activityId, best20MinutePower: p.value }))
  const ftp = estimateFtp(power)
  if (ftp) found.push({ kind: 'ftp', estimate: ftp })

  const maxHrRows = statementFor(
    db,
    `SELECT activity_id AS activityId, sustained_max_hr AS sustainedMaxHr FROM lab_activities
     WHERE sustained_max_hr IS NOT NULL ORDER BY sustained_max_hr DESC LIMIT 50`,
  ).all() as { activityId: number; sustainedMaxHr: number }[]
  // A heart rate seen proves the maximum is at least that high, never that it is lower.
  const maxHr = estimateMaxHr(maxHrRows.filter((r) => !deleted.has(r.activityId)))
  if (maxHr && !(current.maxHr !== undefined && maxHr.value <= current.maxHr)) {
    found.push({ kind: 'maxHr', estimate: maxHr })
  }

  const runs = distancesFor('Run').flatMap((distance) =>
    fastestEfforts(db, 'Run', distance, 1, { first: recent.firstDay, last }, deleted).map((e) => ({
      activityId: e.activityId,
      distance,
      seconds: e.seconds,
    })),
  )
  const pace = estimateThresholdPace(runs)
  if (pace) found.push({ kind: 'thresholdPace', estimate: pace })

  const refs = activityRefs(
    db,
    found.map((f) => f.estimate.activityId),
  )
  return found.flatMap(({ kind, estimate }) => {
    const activity = refs.get(estimate.activityId)
    if (!activity || !worthOffering(estimate.value, current[kind])) return []
    return [
      {
        kind,
        value: Math.round(estimate.value),
        rule: estimate.rule,
        activity,
        current: current[kind] ?? null,
      },
    ]
  })
}

/** Every sport type the lab has analysed (a family name would select only some of them). */
function analysedSportTypes(db: AppDb): string[] {
  return statementFor(
    db,
    'SELECT DISTINCT sport_type FROM lab_activities INDEXED BY lab_activities_sport_day_idx',
  )
    .pluck(true)
    .all() as string[]
}

/** Within 2 % of the value in force, a suggestion would only be noise. */
function worthOffering(estimate: number, current: number | undefined): boolean {
  return current === undefined || Math.abs(estimate - current) / current >= 0.02
}
