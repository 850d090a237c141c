import type { GearDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { formatDay } from '../calendar-day'
import { readGearRetirements } from '../settings/gear-settings-store'
import { activityRefs, deletedActivityIds } from './activity-refs'

interface GearRow {
  gearId: string
  activityId: number
  day: number
  startDate: number
  distance: number
  movingTime: number
}

interface Tally {
  activities: number
  distance: number
  movingTime: number
  first: number
  last: GearRow
}

/**
 * Distance and time per bike and pair of shoes, from the gear each activity names (Strava's
 * summaries carry only the id; the name comes from a stored detail). Most used first.
 */
export function gearQuery(db: AppDb): GearDto[] {
  const deleted = deletedActivityIds(db)
  const rows = statementFor(
    db,
    `SELECT l.gear_id AS gearId, l.activity_id AS activityId, l.day, a.start_date AS startDate,
            a.distance, a.moving_time AS movingTime
     FROM lab_activities l INDEXED BY lab_activities_gear_idx
     JOIN activities a ON a.id = l.activity_id
     WHERE l.gear_id IS NOT NULL`,
  ).all() as GearRow[]
  const tallies = new Map<string, Tally>()
  for (const row of rows) {
    if (deleted.has(row.activityId)) continue
    const tally = tallies.get(row.gearId)
    if (!tally) {
      tallies.set(row.gearId, {
        activities: 1,
        distance: row.distance,
        movingTime: row.movingTime,
        first: row.day,
        last: row,
      })
      continue
    }
    tally.activities++
    tally.distance += row.distance
    tally.movingTime += row.movingTime
    tally.first = Math.min(tally.first, row.day)
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
      return [
        {
          id,
          name:
            gearName(db, id) ??
            `${kind === 'bike' ? 'Bike' : kind === 'shoes' ? 'Shoes' : 'Gear'} ${id}`,
          kind,
          activities: tally.activities,
          distance: tally.distance,
          movingTime: tally.movingTime,
          firstUsed: formatDay(tally.first),
          lastUsed: formatDay(tally.last.day),
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

/** The name the latest stored detail gives the gear. */
function gearName(db: AppDb, gearId: string): string | null {
  const name = statementFor(
    db,
    `SELECT json_extract(a.detail_json, '$.gear.name')
     FROM lab_activities l INDEXED BY lab_activities_gear_idx
     JOIN activities a ON a.id = l.activity_id
     WHERE l.gear_id = ? AND json_extract(a.detail_json, '$.gear.name') IS NOT NULL
     ORDER BY l.day DESC LIMIT 1`,
  )
    .pluck(true)
    .get(gearId)
  return typeof name === 'string' && name.trim() !== '' ? name : null
}
