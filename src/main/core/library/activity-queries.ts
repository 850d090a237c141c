import { count, eq, sql } from 'drizzle-orm'
import type { ActivityListItemDto, ActivityPageDto } from '../../../shared/library-dto'
import {
  activityQuerySchema,
  type ActivityQuery,
  type ActivityQueryInput,
} from '../../../shared/library-query'
import type { AppDb } from '../db/open-database'
import { activities } from '../db/schema'
import { activityConditions, activityOrder, type ActivityFilter } from './activity-filters'
import { listColumns, toListItem, toListRow } from './activity-rows'
import { countOnce } from './count-cache'
import { parseQuery } from './parse-query'
import { allRows, firstValue } from '../db/reused-statements'

export { getActivityDetail } from './activity-detail'
export { computeTotals } from './activity-totals'

/** One page of activities matching the query, with the total count of matches. */
export function listActivities(db: AppDb, input: ActivityQueryInput = {}): ActivityPageDto {
  const query = parseQuery(activityQuerySchema, input)
  // One read transaction, so a sync writing meanwhile cannot make the total disagree with the
  // page. better-sqlite3 has one connection: the statements below run inside it.
  return db.transaction(() => {
    const items = selectPage(db, query)
    // A short page that is not past the end is the last one: its end is the total.
    const isLastPage = items.length < query.limit && (items.length > 0 || query.offset === 0)
    const total = isLastPage ? query.offset + items.length : countMatching(db, query)
    return { items, total, offset: query.offset, limit: query.limit }
  })
}

/** Every activity matching the query in its order, ignoring offset and limit (command line). */
export function listAllActivities(
  db: AppDb,
  input: ActivityQueryInput = {},
): ActivityListItemDto[] {
  const query = parseQuery(activityQuerySchema, input)
  return db
    .select(listColumns)
    .from(activities)
    .where(activityConditions(query))
    .orderBy(...activityOrder(query.sort, query.direction))
    .all()
    .map(toListItem)
}

/** How many activities match the filters of a query. */
export function countActivities(db: AppDb, filter: ActivityFilter = {}): number {
  return countMatching(db, parseQuery(activityQuerySchema, filter))
}

/** Sport types that live (not deleted) activities have, alphabetically. */
export function listSportTypes(db: AppDb): string[] {
  // DISTINCT walks the sport index; EXISTS stops at the first live row of each sport.
  const rows = db.all<{ sportType: string }>(sql`
    SELECT s.sport_type AS sportType FROM (SELECT DISTINCT sport_type FROM activities) s
    WHERE EXISTS (
      SELECT 1 FROM activities a WHERE a.sport_type = s.sport_type AND a.deleted_at IS NULL
    )
    ORDER BY s.sport_type`)
  return rows.map((r) => r.sportType)
}

function countMatching(db: AppDb, filter: ActivityFilter): number {
  const built = db.select({ n: count() }).from(activities).where(activityConditions(filter)).toSQL()
  return countOnce(db, `${built.sql}\n${JSON.stringify(built.params)}`, () =>
    Number(firstValue(db, built) ?? 0),
  )
}

/**
 * Picks the page's ids in a subquery that covering indexes answer, then reads only those rows:
 * a row carries the raw JSON, so touching every match would be slow.
 */
function selectPage(db: AppDb, query: ActivityQuery): ActivityListItemDto[] {
  const order = activityOrder(query.sort, query.direction)
  const page = db
    .select({ pageId: sql<number>`${activities.id}`.as('page_id') })
    .from(activities)
    .where(activityConditions(query))
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset)
    .as('page')
  const rows = allRows(
    db,
    db
      .select(listColumns)
      .from(page)
      .innerJoin(activities, eq(activities.id, page.pageId))
      .orderBy(...order)
      .toSQL(),
  )
  return rows.map((values) => toListItem(toListRow(values)))
}
