import type { LabActivityRef } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { idChunks, placeholders } from '../../db/id-chunks'

/**
 * Activities marked deleted on Strava. Their lab rows stay (the activity may come back) but no
 * figure counts them, as `list` leaves them out. Read from the sport index, which holds
 * deleted_at: the table's own column sits behind the raw JSON.
 */
export function deletedActivityIds(db: AppDb): Set<number> {
  const ids = statementFor(
    db,
    'SELECT id FROM activities INDEXED BY activities_sport_library_idx WHERE deleted_at IS NOT NULL',
  )
    .pluck(true)
    .all() as number[]
  return new Set(ids)
}

interface RefRow {
  id: number
  name: string
  sportType: string
  startDate: number
  startDateLocal: string
}

/** The named references of `ids` (those still in the library), by id. */
export function activityRefs(db: AppDb, ids: Iterable<number>): Map<number, LabActivityRef> {
  const unique = [...new Set(ids)]
  const refs = new Map<number, LabActivityRef>()
  for (const chunk of idChunks(unique)) {
    const rows = statementFor(
      db,
      `SELECT id, name, sport_type AS sportType, start_date AS startDate,
              start_date_local AS startDateLocal
       FROM activities WHERE id IN (${placeholders(chunk.length)})`,
    ).all(...chunk) as RefRow[]
    for (const row of rows) refs.set(row.id, toRef(row))
  }
  return refs
}

export function toRef(row: RefRow): LabActivityRef {
  return {
    id: row.id,
    name: row.name,
    sportType: row.sportType,
    startDateLocal: row.startDateLocal,
    // As `list --json` writes it, so the two can be compared.
    startDate: new Date(row.startDate * 1000).toISOString(),
  }
}
