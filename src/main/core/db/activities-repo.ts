import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { DetailedActivity, StreamSet, SummaryActivity } from '../strava/activity-schemas'
import type { AppDb, DbOrTx } from './open-database'
import { clearFailedFetches } from './pending-fetches'
import { activities, activityStreams } from './schema'
import { statementFor } from './reused-statements'
import { nameColumns } from './search-text'
import { decodeStreams, encodeStreamSet, type EncodedStreams } from './streams-codec'
import {
  adoptFileActivity,
  fileActivitiesBetween,
  findFileActivity,
  type FileActivity,
} from '../import/files/adopt-file-activity'
import { fileDetailCoversApiDetail, readFileDetail } from '../import/files/file-detail'
import { logActivityChanges } from '../derived/activity-changes'

export interface UpsertResult {
  added: number
  updated: number
  /** Activities that were marked deleted and came back. */
  restored: number
}

function summaryColumns(item: SummaryActivity) {
  return {
    athleteId: item.athlete?.id ?? 0,
    ...nameColumns(item.name),
    sportType: item.sport_type ?? item.type ?? 'Workout',
    startDate: Math.floor(Date.parse(item.start_date) / 1000),
    startDateLocal: item.start_date_local,
    timezone: item.timezone ?? null,
    distance: item.distance,
    movingTime: item.moving_time,
    elapsedTime: item.elapsed_time,
    totalElevationGain: item.total_elevation_gain,
    isPrivate: item.private ?? false,
    isManual: item.manual ?? false,
    summaryPolyline: item.map?.summary_polyline || null,
    hasHeartrate: item.has_heartrate ?? false,
    averageSpeed: item.average_speed ?? null,
    summaryJson: JSON.stringify(item),
    // An activity first created from a bulk export becomes an API activity once Strava lists it.
    source: 'api' as const,
  }
}

/**
 * Writes a page of summaries. New activities are pending their detail and streams; changed ones
 * are updated and their detail is pending again. Call inside a transaction with the page checkpoint,
 * with the plain handle: on one connection it writes inside that transaction.
 */
export function upsertSummaries(db: AppDb, items: SummaryActivity[], now: number): UpsertResult {
  const result: UpsertResult = { added: 0, updated: 0, restored: 0 }
  if (items.length === 0) return result
  const ids = items.map((i) => i.id)
  const existing = new Map(
    db
      .select({
        id: activities.id,
        json: activities.summaryJson,
        deletedAt: activities.deletedAt,
        source: activities.source,
        isManual: activities.isManual,
        fileDetailJson: activities.fileDetailJson,
      })
      .from(activities)
      .where(inArray(activities.id, ids))
      .all()
      .map((row) => [row.id, row]),
  )
  const fresh: NewActivity[] = []
  const seenInPage = new Set<number>()
  const files = new FileActivityMatcher(db, items)
  for (const item of items) {
    const columns = summaryColumns(item)
    const before = existing.get(item.id)
    if (!before) {
      if (seenInPage.has(item.id)) continue
      seenInPage.add(item.id)
      const row = { id: item.id, ...columns, firstSeenAt: now, updatedAt: now }
      // An activity known from a device file is not new: it gets Strava's record and id.
      if (files.adopt(row)) result.updated++
      else {
        fresh.push(row)
        result.added++
      }
      continue
    }
    if (before.deletedAt !== null) result.restored++
    const changed = before.json !== columns.summaryJson
    if (!changed && before.deletedAt === null) continue
    // First listed by the API after an import: the detail is fetched only if the files lack it.
    const needsDetail =
      before.source === 'api' ||
      !fileDetailCoversApiDetail(readFileDetail(before.fileDetailJson), before.isManual)
    db.update(activities)
      .set({
        ...columns,
        updatedAt: now,
        deletedAt: null,
        ...(changed && needsDetail && { detailPending: true }),
      })
      .where(eq(activities.id, item.id))
      .run()
    if (changed) {
      clearFailedFetches(db, item.id, 'detail')
      result.updated++
    }
  }
  insertNewActivities(db, fresh)
  return result
}

/**
 * Activities of a page that the library knows only from device files: each becomes the listed
 * Strava activity (adoptFileActivity), found among the file activities of the page's time span
 * (one query a page).
 */
class FileActivityMatcher {
  private candidates: FileActivity[] | null = null

  constructor(
    private readonly db: AppDb,
    private readonly items: SummaryActivity[],
  ) {}

  /** True when `row` took over a file activity (and is written). */
  adopt(row: NewActivity): boolean {
    this.candidates ??= this.load()
    if (this.candidates.length === 0) return false
    const key = { sportType: row.sportType, startMs: row.startDate * 1000, distance: row.distance }
    const match = findFileActivity(this.candidates, key)
    if (!match) return false
    this.candidates = this.candidates.filter((c) => c !== match)
    adoptFileActivity(this.db, match.id, {
      ...row,
      detailPending: !fileDetailCoversApiDetail(match.fileDetail, row.isManual),
    })
    return true
  }

  private load(): FileActivity[] {
    const starts = this.items.map((i) => Date.parse(i.start_date)).filter(Number.isFinite)
    if (starts.length === 0) return []
    return fileActivitiesBetween(this.db, Math.min(...starts), Math.max(...starts))
  }
}

type NewActivity = ReturnType<typeof summaryColumns> & {
  id: number
  firstSeenAt: number
  updatedAt: number
}

const INSERT_ACTIVITY = `INSERT INTO activities (id, athlete_id, name, search_name, sport_type,
  start_date, start_date_local, timezone, distance, moving_time, elapsed_time,
  total_elevation_gain, is_private, is_manual, summary_polyline, has_heartrate, average_speed,
  summary_json, source, first_seen_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`

/**
 * The first sync inserts thousands of rows, so they go through a statement prepared once per
 * connection (building a query per row was most of the cost), in ascending id order: Strava
 * lists newest first, and b-tree pages filled from one end are denser than pages filled from
 * the other, which halves what every commit writes.
 */
function insertNewActivities(db: AppDb, rows: NewActivity[]): void {
  logActivityChanges(
    db,
    rows.map((row) => row.id),
  )
  const insert = statementFor(db, INSERT_ACTIVITY)
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    insert.run(
      row.id,
      row.athleteId,
      row.name,
      row.searchName,
      row.sportType,
      row.startDate,
      row.startDateLocal,
      row.timezone,
      row.distance,
      row.movingTime,
      row.elapsedTime,
      row.totalElevationGain,
      row.isPrivate ? 1 : 0,
      row.isManual ? 1 : 0,
      row.summaryPolyline,
      row.hasHeartrate ? 1 : 0,
      row.averageSpeed,
      row.summaryJson,
      row.source,
      row.firstSeenAt,
      row.updatedAt,
    )
  }
}

export function storeDetail(db: DbOrTx, detail: DetailedActivity, now: number): void {
  db.update(activities)
    .set({
      detailJson: JSON.stringify(detail),
      detailFetchedAt: now,
      detailPending: false,
      ...nameColumns(detail.name),
    })
    .where(eq(activities.id, detail.id))
    .run()
  clearFailedFetches(db, detail.id, 'detail')
}

export function storeStreams(
  db: DbOrTx,
  activityId: number,
  streams: StreamSet,
  now: number,
): void {
  if (Object.keys(streams).length === 0) return markNoStreams(db, activityId)
  storeEncodedStreams(db, activityId, encodeStreamSet(streams), now)
}

/** Streams already encoded: an import copies the bytes it staged. */
export function storeEncodedStreams(
  db: DbOrTx,
  activityId: number,
  encoded: EncodedStreams,
  now: number,
): void {
  const values = { ...encoded, fetchedAt: now }
  db.insert(activityStreams)
    .values({ activityId, ...values })
    .onConflictDoUpdate({ target: activityStreams.activityId, set: values })
    .run()
  db.update(activities).set({ streamsState: 'stored' }).where(eq(activities.id, activityId)).run()
  clearFailedFetches(db, activityId, 'streams')
}

export function markNoStreams(db: DbOrTx, activityId: number): void {
  db.update(activities).set({ streamsState: 'none' }).where(eq(activities.id, activityId)).run()
  clearFailedFetches(db, activityId, 'streams')
}

export function readStreams(db: DbOrTx, activityId: number): StreamSet | null {
  const row = db
    .select()
    .from(activityStreams)
    .where(eq(activityStreams.activityId, activityId))
    .get()
  return row ? decodeStreams(row.data) : null
}

/** Marks activities as deleted on Strava. They stay in the backup until the user purges them. */
export function markDeletedOnStrava(db: DbOrTx, ids: number[], now: number): number {
  if (ids.length === 0) return 0
  return db
    .update(activities)
    .set({ deletedAt: now })
    .where(and(inArray(activities.id, ids), isNull(activities.deletedAt)))
    .run().changes
}

/**
 * Start of the newest activity Strava's API has listed; null before the first listing, also when
 * the library holds only what the athlete imported from files (those the listing must still see).
 */
export function newestListedStartDate(db: DbOrTx): number | null {
  const row = db
    .select({ max: sql<number | null>`max(${activities.startDate})` })
    .from(activities)
    .where(eq(activities.source, 'api'))
    .get()
  return row?.max ?? null
}
