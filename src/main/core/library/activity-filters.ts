import { and, asc, desc, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { ActivityQuery } from '../../../shared/library-query'
import { activities } from '../db/schema'

export type ActivityFilter = Pick<
  ActivityQuery,
  'search' | 'sportTypes' | 'after' | 'before' | 'minDistance' | 'maxDistance' | 'includeDeleted'
>

/** The trigram index cannot answer anything shorter than one trigram. */
const MIN_FTS_CHARACTERS = 3

/** The WHERE clause of a library query. Every user value is a bound parameter. */
export function activityConditions(filter: ActivityFilter): SQL | undefined {
  const conditions: SQL[] = []
  if (!filter.includeDeleted) conditions.push(isNull(activities.deletedAt))
  const search = normalizeSearch(filter.search)
  if (search !== null) conditions.push(searchCondition(search))
  if (filter.sportTypes && filter.sportTypes.length > 0) {
    conditions.push(inArray(activities.sportType, filter.sportTypes))
  }
  if (filter.after !== undefined) {
    conditions.push(gte(activities.startDate, toStartDateBound(filter.after)))
  }
  if (filter.before !== undefined) {
    conditions.push(lt(activities.startDate, toStartDateBound(filter.before)))
  }
  if (filter.minDistance !== undefined) {
    conditions.push(gte(activities.distance, filter.minDistance))
  }
  if (filter.maxDistance !== undefined) {
    conditions.push(lte(activities.distance, filter.maxDistance))
  }
  return conditions.length > 0 ? and(...conditions) : undefined
}

const SORT_COLUMNS = {
  date: activities.startDate,
  distance: activities.distance,
  movingTime: activities.movingTime,
} as const

/** The id breaks ties, so pages never repeat or skip an activity. */
export function activityOrder(sort: ActivityQuery['sort'], direction: ActivityQuery['direction']) {
  const by = direction === 'asc' ? asc : desc
  return [by(SORT_COLUMNS[sort]), by(activities.id)]
}

/**
 * start_date holds whole seconds. Rounding the bound up keeps `after` inclusive and `before`
 * exclusive for instants with a fraction of a second.
 */
function toStartDateBound(iso: string): number {
  return Math.ceil(Date.parse(iso) / 1000)
}

/**
 * NFC, so a decomposed `é` typed on some keyboards matches the composed one Strava stores.
 * NUL goes: FTS5 reads it as the end of the query ("unterminated string").
 */
export function normalizeSearch(search: string | undefined): string | null {
  const text = search?.replaceAll('\0', '').normalize('NFC').trim() ?? ''
  return text === '' ? null : text
}

function searchCondition(text: string): SQL {
  if ([...text].length >= MIN_FTS_CHARACTERS) {
    // The unary + keeps SQLite from driving the query from the match list (one lookup of a
    // wide row per match): it checks membership while walking a covering index instead.
    return sql`+${activities.id} IN (SELECT rowid FROM activities_search WHERE activities_search MATCH ${toFtsString(text)})`
  }
  return sql`${activities.name} LIKE ${toLikePattern(text)} ESCAPE '\\'`
}

/**
 * One FTS5 string: inside double quotes nothing is syntax (no NEAR, *, column filters or
 * operators), and a double quote is written twice.
 */
export function toFtsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/** A LIKE pattern matching `text` anywhere, with its own %, _ and \ taken literally. */
export function toLikePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
