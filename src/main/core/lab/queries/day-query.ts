import type { LabDayDto, StressDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { dayNumber } from '../calendar-day'
import type { StressScore } from '../stress-score'
import { toRef } from './activity-refs'
import { dailyLoads } from './fitness-query'
import { fitnessSeriesByDay } from '../fitness'
import type { ActivityHeadRow } from '../../db/activity-head-row'

const DAY = 86_400
/** Local time is at most 14 hours from UTC (Kiribati), so a local day lies within this of it. */
const MAX_UTC_OFFSET = 14 * 3600

interface DayRow extends Omit<ActivityHeadRow, 'elapsedTime'> {
  stressJson: string | null
}

/** A stored stress score as the screens show it. */
export function stressDtoOf(json: string | null): StressDto | null {
  if (json === null) return null
  const score = JSON.parse(json) as StressScore
  return {
    score: score.score,
    method: score.kind,
    explanation: score.explanation,
    missing: score.kind === 'unscored' ? score.missing : skippedOf(score.explanation),
  }
}

/** "(the methods before it lack: FTP, power stream)" → ['FTP', 'power stream']. */
function skippedOf(explanation: string): string[] {
  const match = /the methods before it lack: ([^)]*)\)/.exec(explanation)
  return match?.[1] ? match[1].split(', ') : []
}

/** The activities of one local day with their stress, and that day's fitness. */
export function dayQuery(db: AppDb, date: string): LabDayDto {
  const start = dayNumber(date) * DAY
  const rows = statementFor(
    db,
    `SELECT a.id, a.name, a.sport_type AS sportType, a.start_date AS startDate,
            a.start_date_local AS startDateLocal, a.distance, a.moving_time AS movingTime,
            l.stress_json AS stressJson
     FROM activities a INDEXED BY activities_live_library_idx
     LEFT JOIN lab_activities l ON l.activity_id = a.id
     WHERE a.deleted_at IS NULL AND a.start_date BETWEEN ? AND ?
       AND substr(a.start_date_local, 1, 10) = ?
     ORDER BY a.start_date_local`,
  ).all(start - MAX_UTC_OFFSET, start + DAY + MAX_UTC_OFFSET, date) as DayRow[]
  const { loads } = dailyLoads(db)
  const fitness =
    loads.size > 0 ? (fitnessSeriesByDay(loads, { to: start / DAY }).at(-1) ?? null) : null
  return {
    date,
    fitness: fitness?.date === date ? fitness : null,
    activities: rows.map((row) => ({
      ...toRef(row),
      distance: row.distance,
      movingTime: row.movingTime,
      stress: stressDtoOf(row.stressJson),
    })),
  }
}
