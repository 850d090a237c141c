import type { DerivationSubject } from '../../derived/deriver'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { localDayOf } from '../local-day'
import type { ActivityAnalysis } from './analyse-activity'

const DELETE = [
  'DELETE FROM lab_mean_max WHERE activity_id = ?',
  'DELETE FROM lab_best_efforts WHERE activity_id = ?',
  'DELETE FROM lab_zone_times WHERE activity_id = ?',
]
const UPSERT_ACTIVITY = `INSERT OR REPLACE INTO lab_activities
  (activity_id, day, sport_type, stress, stress_method, stress_json, sustained_max_hr)
  VALUES (?, ?, ?, ?, ?, ?, ?)`
const INSERT_MEAN_MAX = `INSERT INTO lab_mean_max
  (activity_id, stream, sport_type, day, seconds, value, start_offset) VALUES (?, ?, ?, ?, ?, ?, ?)`
const INSERT_EFFORT = `INSERT INTO lab_best_efforts
  (activity_id, sport_type, day, distance, seconds, start_offset, end_offset)
  VALUES (?, ?, ?, ?, ?, ?, ?)`
const INSERT_ZONE = `INSERT INTO lab_zone_times
  (activity_id, basis, model, threshold, zone, seconds) VALUES (?, ?, ?, ?, ?, ?)`

/**
 * Replaces one activity's lab rows. Runs inside the runner's batch transaction, on the same
 * connection: prepared statements instead of drizzle's builder, because a first analysis of a
 * library writes hundreds of thousands of rows.
 */
export function storeAnalysis(
  db: AppDb,
  subject: DerivationSubject,
  analysis: ActivityAnalysis,
): void {
  const id = subject.id
  const day = localDayOf(subject.startDateLocal, subject.startDate)
  const sport = subject.sportType
  for (const text of DELETE) statementFor(db, text).run(id)
  const { stress } = analysis
  statementFor(db, UPSERT_ACTIVITY).run(
    id,
    day,
    sport,
    stress.score,
    stress.kind,
    JSON.stringify(stress),
    analysis.sustainedMaxHr,
  )
  const meanMax = statementFor(db, INSERT_MEAN_MAX)
  for (const { stream, points } of analysis.curves) {
    for (const p of points) meanMax.run(id, stream, sport, day, p.seconds, p.value, p.startOffset)
  }
  const effort = statementFor(db, INSERT_EFFORT)
  for (const e of analysis.efforts) {
    effort.run(
      id,
      sport,
      day,
      e.distance,
      millis(e.seconds),
      millis(e.startOffset),
      millis(e.endOffset),
    )
  }
  const zone = statementFor(db, INSERT_ZONE)
  for (const z of analysis.zones) {
    z.seconds.forEach((seconds, index) =>
      zone.run(id, z.basis, z.model, z.threshold, index, seconds),
    )
  }
}

/** Interpolated times to the millisecond: a 1 Hz recording says nothing finer. */
function millis(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}
