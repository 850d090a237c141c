import type { ActivityEffortDto, ActivityLabDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import type { SlotModels } from '../settings/zone-model-store'
import { bestEffortDistances, sportTypesFor } from '../sport-family'
import { placeholders } from '../../db/id-chunks'
import { deletedActivityIds } from './activity-refs'
import { stressDtoOf } from './day-query'
import { activityZones } from './zones-query'

interface OwnEffort {
  distance: number
  seconds: number
  startOffset: number
  endOffset: number
}

interface Rival {
  activityId: number
  day: number
  seconds: number
  startDate: number
}

/** The family an activity's efforts are ranked in: runs among runs, rides among rides. */
function rankingSport(sportType: string): string {
  for (const family of ['Run', 'Ride']) {
    if (sportTypesFor(family).includes(sportType)) return family
  }
  return sportType
}

/**
 * What the lab knows of one activity: its stress score and how, its best efforts with their
 * all-time rank and whether each was a record on the day it was set, and its time in zones.
 */
export function activityFiguresQuery(
  db: AppDb,
  id: number,
  models: SlotModels,
): ActivityLabDto | null {
  const activity = statementFor(
    db,
    'SELECT id, sport_type AS sportType, start_date AS startDate FROM activities WHERE id = ?',
  ).get(id) as { id: number; sportType: string; startDate: number } | undefined
  if (!activity) return null
  const lab = statementFor(
    db,
    'SELECT day, stress_json AS stressJson FROM lab_activities WHERE activity_id = ?',
  ).get(id) as { day: number; stressJson: string } | undefined
  if (!lab) return { activityId: id, analysed: false, stress: null, efforts: [], zones: [] }
  const own = statementFor(
    db,
    `SELECT distance, seconds, start_offset AS startOffset, end_offset AS endOffset
     FROM lab_best_efforts WHERE activity_id = ? ORDER BY distance`,
  ).all(id) as OwnEffort[]
  const sport = rankingSport(activity.sportType)
  const deleted = deletedActivityIds(db)
  const when = { day: lab.day, startDate: activity.startDate, id }
  const efforts = own
    .filter((e) => bestEffortDistances(activity.sportType).includes(e.distance))
    .map((effort) => rankEffort(db, sport, effort, when, deleted))
  return {
    activityId: id,
    analysed: true,
    stress: stressDtoOf(lab.stressJson),
    efforts,
    zones: activityZones(db, id, models),
  }
}

/**
 * Rank among every live effort at least as fast (ties go to the earlier one), and whether any
 * effort before this activity was as fast: O(faster efforts) per distance.
 */
function rankEffort(
  db: AppDb,
  sport: string,
  effort: OwnEffort,
  when: { day: number; startDate: number; id: number },
  deleted: Set<number>,
): ActivityEffortDto {
  const types = sportTypesFor(sport)
  const rivals = statementFor(
    db,
    `SELECT e.activity_id AS activityId, e.day, e.seconds, a.start_date AS startDate
     FROM lab_best_efforts e JOIN activities a ON a.id = e.activity_id
     WHERE e.sport_type IN (${placeholders(types.length)}) AND e.distance = ? AND e.seconds <= ?
       AND e.activity_id <> ?`,
  ).all(...types, effort.distance, effort.seconds, when.id) as Rival[]
  const before = (r: Rival) =>
    r.day < when.day || (r.day === when.day && r.startDate < when.startDate)
  let ahead = 0
  let beatenBefore = false
  for (const rival of rivals) {
    if (deleted.has(rival.activityId)) continue
    if (rival.seconds < effort.seconds || before(rival)) ahead++
    if (before(rival)) beatenBefore = true
  }
  return { ...effort, rank: ahead + 1, recordWhenSet: !beatenBefore }
}
