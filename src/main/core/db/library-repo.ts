import { inArray, isNull, sql } from 'drizzle-orm'
import { writeDurably } from './durable-write'
import type { AppDb } from './open-database'
import { activities, importedFiles, listingSeen, settings, syncWarnings } from './schema'
import { readSetting } from './settings-repo'

export const LAST_SYNC_SETTING = 'last_sync_at'
export const SYNC_CHECKPOINT_SETTING = 'sync_checkpoint'
export const LAST_FULL_SYNC_SETTING = 'last_full_sync_at'
/** The last local (negative) id given to an activity known only from a file. */
export const LAST_LOCAL_ID_SETTING = 'last_local_activity_id'
/**
 * Settings that describe the library (its sync, the local ids it gave), not the installation:
 * they travel with backups.
 */
export const LIBRARY_SETTINGS = [
  LAST_SYNC_SETTING,
  SYNC_CHECKPOINT_SETTING,
  LAST_FULL_SYNC_SETTING,
  LAST_LOCAL_ID_SETTING,
]

/** Activities still on Strava (not marked deleted there). */
export function countLiveActivities(db: AppDb): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(activities)
    .where(isNull(activities.deletedAt))
    .get()
  return row?.n ?? 0
}

export function readLastSyncAt(db: AppDb): string | null {
  const value = readSetting(db, LAST_SYNC_SETTING)
  return value ? new Date(Number(value)).toISOString() : null
}

/**
 * Deletes every backed-up activity with its streams, failed fetches and sync bookkeeping. The user
 * asked for it, so a power cut right after must not bring the data back.
 */
export function deleteLibraryData(db: AppDb): void {
  writeDurably(db.$client, () =>
    db.transaction((tx) => {
      tx.delete(activities).run()
      // Files read into the deleted activities would otherwise count as already imported.
      tx.delete(importedFiles).run()
      tx.delete(listingSeen).run()
      tx.delete(syncWarnings).run()
      tx.delete(settings).where(inArray(settings.key, LIBRARY_SETTINGS)).run()
    }),
  )
}
