import { and, asc, desc, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { ActivityQuery } from '../../../shared/library-query'
import { activities } from '../db/schema'
import { foldForSearch } from '../db/search-text'

export type ActivityFilter = Pick<
  ActivityQuery,
  | 'search'
  | 'sportTypes'
  | 'after'
  | 'before'
  | 'fromDate'
  | 'toDate'
  | 'minDistance'
  | 'maxDistance'
  | 'includeDeleted'
>

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
  if (filter.fromDate !== undefined) conditions.push(...fromLocalDay(filter.fromDate))
  if (filter.toDate !== undefined) conditions.push(...throughLocalDay(filter.toDate))
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

/** How far local time runs ahead of UTC (Kiribati, +14:00) and behind it (-12:00). */
const MAX_AHEAD_OF_UTC_SECONDS = 14 * 3600
const MAX_BEHIND_UTC_SECONDS = 12 * 3600
const DAY_SECONDS = 86_400

/** Midnight UTC of a `YYYY-MM-DD` day, in epoch seconds. */
function utcMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000
}

function nextDay(day: string): string {
  return new Date((utcMidnight(day) + DAY_SECONDS) * 1000).toISOString().slice(0, 10)
}

/**
 * start_date_local is the wall clock at the start place written as ISO text, so whole days
 * compare as text. The start_date bound it implies (no place is more than 14 hours ahead of
 * UTC, or 12 behind) lets the covering indexes seek instead of reading every activity.
 */
function fromLocalDay(day: string): SQL[] {
  return [
    gte(activities.startDate, utcMidnight(day) - MAX_AHEAD_OF_UTC_SECONDS),
    gte(activities.startDateLocal, day),
  ]
}

function throughLocalDay(day: string): SQL[] {
  const next = nextDay(day)
  return [
    lt(activities.startDate, utcMidnight(next) + MAX_BEHIND_UTC_SECONDS),
    lt(activities.startDateLocal, next),
  ]
}

/**
 * Folded like stored names (case, accents, and a decomposed `é` typed on some keyboards all
 * match the composed one Strava stores). NUL goes: no name holds one, and SQLite's text
 * functions may stop at it. Null when nothing is left to search for.
 */
function normalizeSearch(search: string | undefined): string | null {
  const text = foldForSearch(search?.replaceAll('\0', '') ?? '').trim()
  return text === '' ? null : text
}

/**
 * A plain substring test on the folded name: the text is a bound parameter and nothing in it is
 * syntax. The covering indexes hold the folded name, so the test never reads a table row.
 */
function searchCondition(folded: string): SQL {
  return sql`instr(${activities.searchName}, ${folded}) > 0`
}
