import { and, isNotNull, lt } from 'drizzle-orm'
import type { DbOrTx } from '../db/open-database'
import { activities } from '../db/schema'

export const PURGE_AFTER_MS = 48 * 60 * 60 * 1000

/**
 * Deletes activities that were found deleted on Strava before `olderThan` (with their streams,
 * by cascade). Only runs when the user chose to purge; otherwise they stay, marked.
 */
export function purgeDeletedActivities(db: DbOrTx, olderThan: number): number {
  return db
    .delete(activities)
    .where(and(isNotNull(activities.deletedAt), lt(activities.deletedAt, olderThan)))
    .run().changes
}
