/**
 * "One activity, never two": when Strava (its API, or the athlete's export) lists an activity
 * that the library knows only from a device file, the file's activity takes the Strava id.
 * Strava's record wins (name, sport, times, totals); the file's streams, original and detail
 * follow the activity to its new id, so nothing read from the file is lost or asked for again.
 */
import { eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/open-database'
import { activities, activityStreams, originals } from '../../db/schema'
import { findSameActivity, MATCH_WINDOW_MS, type MatchKey } from '../activity-files/match-activity'
import { mergeFileDetail, readFileDetail, writeFileDetail, type FileDetail } from './file-detail'
import { storedMatchKey, type MatchRow } from './library-match'
import { logActivityChanges } from '../../derived/activity-changes'

export interface FileActivity extends MatchKey {
  id: number
  fileDetail: FileDetail
}

/** Activities known only from files that start between `fromMs` and `toMs` (± the match window). */
export function fileActivitiesBetween(db: DbOrTx, fromMs: number, toMs: number): FileActivity[] {
  const from = Math.floor((fromMs - MATCH_WINDOW_MS) / 1000) - 1
  const to = Math.ceil((toMs + MATCH_WINDOW_MS) / 1000) + 1
  const rows = db.all<MatchRow>(sql`SELECT id, sport_type, start_date, distance, file_detail_json
    FROM activities
    WHERE start_date BETWEEN ${from} AND ${to} AND source = 'file' ORDER BY start_date`)
  return rows.map((row) => storedMatchKey(row, true))
}

/** The file-only activity that is the same as `key`, among `candidates` (sorted by start). */
export function findFileActivity(
  candidates: readonly FileActivity[],
  key: MatchKey,
): FileActivity | undefined {
  return findSameActivity(candidates, key)
}

/**
 * Moves the file activity `fileId` to the Strava activity `row` (all its columns, id included):
 * its streams, original and file detail come along; the old row goes (its derived figures with
 * it, computed again under the new id).
 */
export function adoptFileActivity(
  db: DbOrTx,
  fileId: number,
  row: typeof activities.$inferInsert,
): void {
  const old = db
    .select({
      streamsState: activities.streamsState,
      streamsSource: activities.streamsSource,
      fileDetailJson: activities.fileDetailJson,
      firstSeenAt: activities.firstSeenAt,
    })
    .from(activities)
    .where(eq(activities.id, fileId))
    .get()
  if (!old) return
  const detail = mergeFileDetail(
    readFileDetail(row.fileDetailJson),
    readFileDetail(old.fileDetailJson),
  )
  db.insert(activities)
    .values({
      ...row,
      streamsState: old.streamsState,
      streamsSource: old.streamsSource,
      fileDetailJson: writeFileDetail(detail),
      firstSeenAt: old.firstSeenAt,
    })
    .run()
  if (row.id !== undefined) logActivityChanges(db, [row.id])
  db.update(activityStreams)
    .set({ activityId: row.id })
    .where(eq(activityStreams.activityId, fileId))
    .run()
  db.update(originals).set({ activityId: row.id }).where(eq(originals.activityId, fileId)).run()
  db.delete(activities).where(eq(activities.id, fileId)).run()
}
