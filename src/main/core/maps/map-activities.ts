/** Activities as map lists show them, newest first. */
import type { MapActivityDto } from '../../../shared/maps-dto'
import type { AppDb } from '../db/open-database'
import type { ActivityHeadRow } from '../db/activity-head-row'
import { idChunks, placeholders } from '../db/id-chunks'

type Row = ActivityHeadRow

/** The live activities among `ids`, newest first (at most `limit`). */
export function mapActivities(db: AppDb, ids: readonly number[], limit = 500): MapActivityDto[] {
  const rows: Row[] = []
  for (const chunk of idChunks(ids)) {
    rows.push(
      ...(db.$client
        .prepare(
          `SELECT id, name, sport_type AS sportType, start_date AS startDate,
                  start_date_local AS startDateLocal, distance, moving_time AS movingTime,
                  elapsed_time AS elapsedTime
           FROM activities WHERE deleted_at IS NULL AND id IN (${placeholders(chunk.length)})`,
        )
        .all(...chunk) as Row[]),
    )
  }
  return rows
    .sort((a, b) => b.startDate - a.startDate || b.id - a.id)
    .slice(0, limit)
    .map((row) => ({ ...row, startDate: new Date(row.startDate * 1000).toISOString() }))
}
