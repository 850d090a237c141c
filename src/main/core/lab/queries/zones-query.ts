import type { WeeklyZonesDto, ZoneBasisDto, ZoneTimesDto } from '../../../../shared/lab-dto'
import type { AppDb } from '../../db/open-database'
import { statementFor } from '../../db/reused-statements'
import { formatDay } from '../calendar-day'
import { weekStartOf } from '../local-day'
import type { SlotModels } from '../settings/zone-model-store'
import { matchesSportFilter } from '../sport-family'
import { zoneSlotFor } from '../zone-slots'
import { deletedActivityIds } from './activity-refs'
import { periodOf } from './period'

interface ZoneRow {
  activityId: number
  sportType: string
  day: number
  basis: ZoneBasisDto
  model: string
  threshold: number
  zone: number
  seconds: number
}

/** Zone names of the model a slot uses now, or `Zone n` where the stored count differs. */
function zoneNames(models: SlotModels, basis: ZoneBasisDto, sportType: string, count: number) {
  const slot = zoneSlotFor(basis, sportType)
  const names = slot ? models[slot].model.zones.map((z) => z.name) : []
  return Array.from(
    { length: count },
    (_, i) => (names.length === count ? names[i] : undefined) ?? `Zone ${i + 1}`,
  )
}

/** One activity's time in zones on every basis it was measured on. */
export function activityZones(db: AppDb, activityId: number, models: SlotModels): ZoneTimesDto[] {
  const rows = statementFor(
    db,
    `SELECT z.basis, z.model, z.threshold, z.zone, z.seconds, l.sport_type AS sportType
     FROM lab_zone_times z JOIN lab_activities l ON l.activity_id = z.activity_id
     WHERE z.activity_id = ? ORDER BY z.basis, z.zone`,
  ).all(activityId) as ZoneRow[]
  const byBasis = new Map<ZoneBasisDto, ZoneRow[]>()
  for (const row of rows) byBasis.set(row.basis, [...(byBasis.get(row.basis) ?? []), row])
  return [...byBasis.entries()].map(([basis, zoneRows]) => {
    const first = zoneRows[0] as ZoneRow
    const names = zoneNames(models, basis, first.sportType, zoneRows.length)
    return {
      basis,
      model: first.model,
      threshold: first.threshold,
      zones: zoneRows.map((row, i) => ({
        name: names[i] ?? `Zone ${i + 1}`,
        seconds: row.seconds,
      })),
    }
  })
}

/**
 * Time in zones per week (Monday first) of the activities of a sport (or all) in a period, on
 * one basis. Zones are added up by their number; the names are those of the model most of the
 * week's activities were measured with.
 */
export function weeklyZonesQuery(
  db: AppDb,
  models: SlotModels,
  query: { basis: ZoneBasisDto; sport: string | null; from?: string; to?: string },
): WeeklyZonesDto {
  const period = periodOf(query.from, query.to)
  const deleted = deletedActivityIds(db)
  const rows = statementFor(
    db,
    `SELECT l.activity_id AS activityId, l.sport_type AS sportType, l.day, z.model, z.zone,
            z.seconds
     FROM lab_activities l INDEXED BY lab_activities_day_idx
     JOIN lab_zone_times z ON z.activity_id = l.activity_id AND z.basis = ?
     WHERE l.day BETWEEN ? AND ?
     ORDER BY l.day`,
  ).all(query.basis, period.firstDay, period.lastDay) as ZoneRow[]
  const weeks = new Map<number, { seconds: number[]; activities: Set<number> }>()
  const modelUse = new Map<string, { count: number; sportType: string; zones: number }>()
  for (const row of rows) {
    if (deleted.has(row.activityId)) continue
    if (query.sport !== null && !matchesSportFilter(query.sport, row.sportType)) continue
    const start = weekStartOf(row.day)
    const week = weeks.get(start) ?? { seconds: [], activities: new Set<number>() }
    week.seconds[row.zone] = (week.seconds[row.zone] ?? 0) + row.seconds
    week.activities.add(row.activityId)
    weeks.set(start, week)
    const use = modelUse.get(row.model) ?? { count: 0, sportType: row.sportType, zones: 0 }
    use.count++
    use.zones = Math.max(use.zones, row.zone + 1)
    modelUse.set(row.model, use)
  }
  const zoneCount = Math.max(0, ...[...weeks.values()].map((w) => w.seconds.length))
  const common = [...modelUse.values()].sort((a, b) => b.count - a.count)[0]
  return {
    basis: query.basis,
    sport: query.sport,
    zoneNames: common ? zoneNames(models, query.basis, common.sportType, zoneCount) : [],
    models: [...modelUse.keys()],
    weeks: [...weeks.entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, week]) => ({
        weekStart: formatDay(start),
        seconds: Array.from({ length: zoneCount }, (_, i) => week.seconds[i] ?? 0),
        activities: week.activities.size,
      })),
  }
}
