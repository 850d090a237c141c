import type { GearDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { formatDay } from '../calendar-day'
import { localDayOf } from '../local-day'
import { readGearRetirements } from '../settings/gear-settings-store'
import { activityRefs } from './activity-refs'

interface GearRow {
  gearId: unknown
  activityId: number
  startDate: number
  startDateLocal: string
  distance: number
  movingTime: number
}

interface Tally {
  activities: number[]
  distance: number
  movingTime: number
  first: number
  last: GearRow
}

/**
 * Distance and time per bike and pair of shoes, from the gear each live activity's summary names
 * as it is now (a bike changed on Strava counts at once); the name comes from a stored detail,
 * since summaries carry only the id. Most distance first. O(activities).
 */
export function gearQuery(db: AppDb): GearDto[] {
  const rows = statementFor(
    db,
    `SELECT json_extract(a.summary_json, '$.gear_id') AS gearId, a.id AS activityId,
            a.start_date AS startDate, a.start_date_local AS startDateLocal, a.distance,
            a.moving_time AS movingTime
     FROM activities a INDEXED BY activities_live_library_idx
     WHERE a.deleted_at IS NULL`,
  ).all() as GearRow[]
  const tallies = new Map<string, Tally>()
  for (const row of rows) {
    if (typeof row.gearId !== 'string' || row.gearId === '') continue
    const day = localDayOf(row.startDateLocal, row.startDate)
    const tally = tallies.get(row.gearId)
    if (!tally) {
      const t = { activities: [row.activityId], distance: row.distance, movingTime: row.movingTime }
      tallies.set(row.gearId, { ...t, first: day, last: row })
      continue
    }
    tally.activities.push(row.activityId)
    tally.distance += row.distance
    tally.movingTime += row.movingTime
    tally.first = Math.min(tally.first, day)
    if (row.startDate > tally.last.startDate) tally.last = row
  }
  const retirements = readGearRetirements(db)
  const refs = activityRefs(
    db,
    [...tallies.values()].map((t) => t.last.activityId),
  )
  return [...tallies.entries()]
    .sort(([, a], [, b]) => b.distance - a.distance)
    .flatMap(([id, tally]) => {
      const lastActivity = refs.get(tally.last.activityId)
      if (!lastActivity) return []
      const kind = gearKind(id, lastActivity.sportType)
      const fallback = `${kind === 'bike' ? 'Bike' : kind === 'shoes' ? 'Shoes' : 'Gear'} ${id}`
      return [
        {
          id,
          name: gearName(db, id, tally.activities) ?? fallback,
          kind,
          activities: tally.activities.length,
          distance: tally.distance,
          movingTime: tally.movingTime,
          firstUsed: formatDay(tally.first),
          lastUsed: formatDay(localDayOf(tally.last.startDateLocal, tally.last.startDate)),
          lastActivity,
          retireDistance: retirements.get(id) ?? null,
        },
      ]
    })
}

/** Strava numbers bikes `b…` and shoes `g…`; otherwise the sport tells. */
function gearKind(id: string, sportType: string): GearDto['kind'] {
  if (id.startsWith('b')) return 'bike'
  if (id.startsWith('g')) return 'shoes'
  return /Ride$/.test(sportType) ? 'bike' : /Run$|Walk|Hike/.test(sportType) ? 'shoes' : 'other'
}

/** The name the latest stored detail of the gear's activities gives it. */
function gearName(db: AppDb, gearId: string, activityIds: number[]): string | null {
  const name = statementFor(
    db,
    `SELECT json_extract(detail_json, '$.gear.name') FROM activities
     WHERE id IN (SELECT value FROM json_each(?))
       AND json_extract(detail_json, '$.gear.id') = ?
       AND json_extract(detail_json, '$.gear.name') IS NOT NULL
     ORDER BY start_date DESC LIMIT 1`,
  )
    .pluck(true)
    .get(JSON.stringify(activityIds), gearId)
  return typeof name === 'string' && name.trim() !== '' ? name : null
}
