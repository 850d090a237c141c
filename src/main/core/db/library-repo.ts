import { isNull, sql } from 'drizzle-orm'
import type { AppDb } from './open-database'
import { activities } from './schema'
import { readSetting } from './settings-repo'

export const LAST_SYNC_SETTING = 'last_sync_at'

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

export function deleteLibraryData(db: AppDb): void {
  db.delete(activities).run()
}
