import { and, eq, isNull, sql } from 'drizzle-orm'
import type { TotalsDto, TotalsRowDto } from '../../../shared/library-dto'
import { totalsQuerySchema, type TotalsQuery } from '../../../shared/library-query'
import type { AppDb } from '../db/open-database'
import { activities } from '../db/schema'
import { parseQuery } from './parse-query'

/** strftime formats of the period keys; %G-W%V is the ISO 8601 week and its week-year. */
const PERIOD_FORMATS: Record<TotalsQuery['period'], string> = {
  week: '%G-W%V',
  month: '%Y-%m',
  year: '%Y',
}

/**
 * Count, distance, moving time and elevation per period and sport type, by the local calendar
 * of the start place (startDateLocal). Activities deleted on Strava are left out.
 */
export function computeTotals(db: AppDb, input: TotalsQuery): TotalsDto {
  const query = parseQuery(totalsQuerySchema, input)
  const format = PERIOD_FORMATS[query.period]
  // A start_date_local SQLite cannot read falls back to the UTC start rather than vanishing.
  const period = sql<string>`coalesce(strftime(${format}, ${activities.startDateLocal}), strftime(${format}, ${activities.startDate}, 'unixepoch'))`
  const rows: TotalsRowDto[] = db
    .select({
      period: period.as('period'),
      sportType: activities.sportType,
      count: sql<number>`count(*)`,
      distance: sql<number>`total(${activities.distance})`,
      movingTime: sql<number>`total(${activities.movingTime})`,
      elevationGain: sql<number>`total(${activities.totalElevationGain})`,
    })
    .from(activities)
    .where(
      and(
        isNull(activities.deletedAt),
        query.sportType === undefined ? undefined : eq(activities.sportType, query.sportType),
      ),
    )
    .groupBy(sql`period`, activities.sportType)
    .orderBy(sql`period`, activities.sportType)
    .all()
  return { rows }
}
