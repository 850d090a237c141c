import type { UnscoredDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import type { StressScore } from '../stress-score'
import { deletedActivityIds, toRef } from './activity-refs'

const SHOWN = 200

/** Activities the lab could not score, newest first, each with what it lacked. */
export function unscoredQuery(db: AppDb): UnscoredDto {
  const rows = statementFor(
    db,
    `SELECT a.id, a.name, a.sport_type AS sportType, a.start_date AS startDate,
            a.start_date_local AS startDateLocal, l.stress_json AS stressJson
     FROM lab_activities l JOIN activities a ON a.id = l.activity_id
     WHERE l.stress_method = 'unscored'
     ORDER BY a.start_date DESC`,
  ).all() as (Parameters<typeof toRef>[0] & { stressJson: string })[]
  const deleted = deletedActivityIds(db)
  const live = rows.filter((row) => !deleted.has(row.id))
  return {
    total: live.length,
    activities: live.slice(0, SHOWN).map((row) => {
      const score = JSON.parse(row.stressJson) as StressScore
      return {
        ...toRef(row),
        missing: score.kind === 'unscored' ? score.missing : [],
        explanation: score.explanation,
      }
    }),
  }
}
