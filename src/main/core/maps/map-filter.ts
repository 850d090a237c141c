/**
 * Which activities a map shows: sport types and a range of years (the local calendar year of the
 * start), as SQL on `activities a`. Shared by the heatmap, explorer tiles and the command line.
 */
import type { MapFilterDto } from '../../../shared/maps-dto'
import { placeholders } from '../db/id-chunks'

export type MapFilter = MapFilterDto

/** A WHERE fragment over `activities a` and its parameters; live activities only. */
export function filterSql(filter: MapFilter = {}): { where: string; params: unknown[] } {
  const parts = ['a.deleted_at IS NULL']
  const params: unknown[] = []
  const sports = filter.sportTypes ?? []
  if (sports.length > 0) {
    parts.push(`a.sport_type IN (${placeholders(sports.length)})`)
    params.push(...sports)
  }
  if (filter.fromYear !== undefined) {
    parts.push('a.start_date_local >= ?')
    params.push(`${String(filter.fromYear).padStart(4, '0')}-01-01`)
  }
  if (filter.toYear !== undefined) {
    parts.push('a.start_date_local < ?')
    params.push(`${String(filter.toYear + 1).padStart(4, '0')}-01-01`)
  }
  return { where: parts.join(' AND '), params }
}

/** A stable text naming the filter, for caches. */
export function filterKey(filter: MapFilter = {}): string {
  const sports = [...(filter.sportTypes ?? [])].sort().join(',')
  return `${sports}|${filter.fromYear ?? ''}|${filter.toYear ?? ''}`
}
