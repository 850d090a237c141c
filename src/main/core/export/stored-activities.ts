import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../db/open-database'
import { activities, type ActivitySource } from '../db/schema'

type Json = Record<string, unknown>

/** One activity as stored, with its raw Strava JSON parsed; streams are read separately. */
export interface StoredActivity {
  id: number
  name: string
  sportType: string
  /** Seconds since the epoch, UTC. */
  startDate: number
  startDateLocal: string
  timezone: string | null
  distance: number
  movingTime: number
  elapsedTime: number
  totalElevationGain: number
  isPrivate: boolean
  isManual: boolean
  streamsState: 'pending' | 'stored' | 'none'
  source: ActivitySource
  deletedAt: number | null
  summary: Json
  detail: Json | null
}

const columns = {
  id: activities.id,
  name: activities.name,
  sportType: activities.sportType,
  startDate: activities.startDate,
  startDateLocal: activities.startDateLocal,
  timezone: activities.timezone,
  distance: activities.distance,
  movingTime: activities.movingTime,
  elapsedTime: activities.elapsedTime,
  totalElevationGain: activities.totalElevationGain,
  isPrivate: activities.isPrivate,
  isManual: activities.isManual,
  streamsState: activities.streamsState,
  source: activities.source,
  deletedAt: activities.deletedAt,
  summaryJson: activities.summaryJson,
  detailJson: activities.detailJson,
}

function parseObject(text: string | null): Json | null {
  if (text === null) return null
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Json)
      : null
  } catch {
    return null
  }
}

/** How many activities `ids` selects (every stored activity when undefined). */
export function countActivities(db: DbOrTx, ids?: readonly number[]): number {
  const where = ids ? inArray(activities.id, [...ids]) : undefined
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(activities)
      .where(where)
      .get()?.n ?? 0
  )
}

/** The ids among `ids` that are not stored. */
export function findMissingIds(db: DbOrTx, ids: readonly number[]): number[] {
  const found = new Set(
    db
      .select({ id: activities.id })
      .from(activities)
      .where(inArray(activities.id, [...ids]))
      .all()
      .map((r) => r.id),
  )
  return ids.filter((id) => !found.has(id))
}

/**
 * Activities oldest first, a page at a time (keyset paging), so a library of any size is never
 * in memory at once and no statement stays open while the caller awaits its writes.
 */
export function* iterateActivities(
  db: DbOrTx,
  ids?: readonly number[],
  pageSize = 100,
): Generator<StoredActivity> {
  let after: { startDate: number; id: number } | null = null
  for (;;) {
    const conditions: (SQL | undefined)[] = [ids ? inArray(activities.id, [...ids]) : undefined]
    if (after) {
      conditions.push(
        or(
          gt(activities.startDate, after.startDate),
          and(eq(activities.startDate, after.startDate), gt(activities.id, after.id)),
        ),
      )
    }
    const rows = db
      .select(columns)
      .from(activities)
      .where(and(...conditions))
      .orderBy(asc(activities.startDate), asc(activities.id))
      .limit(pageSize)
      .all()
    for (const { summaryJson, detailJson, ...row } of rows) {
      yield { ...row, summary: parseObject(summaryJson) ?? {}, detail: parseObject(detailJson) }
    }
    const last = rows[rows.length - 1]
    if (!last || rows.length < pageSize) return
    after = { startDate: last.startDate, id: last.id }
  }
}

/** Start time in milliseconds: Strava's start_date when readable, else the stored column. */
export function startMillis(activity: StoredActivity): number {
  const parsed = Date.parse(String(activity.summary.start_date ?? ''))
  return Number.isNaN(parsed) ? activity.startDate * 1000 : parsed
}
