import { and, isNotNull, lt } from 'drizzle-orm'
import { deleteLibraryData } from '../db/library-repo'
import type { AppDb, DbOrTx } from '../db/open-database'
import { activities } from '../db/schema'
import { removeHeatPacks } from '../maps/heat-pack-file'
import { removeOrphanedOriginals } from './orphaned-originals'

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

/** Where a library lives: its database and its data folder (original files). */
export interface LibraryPlace {
  db: AppDb
  dataDir: string
}

/**
 * Purges activities found deleted before `olderThan`, and what they leave behind: original files
 * and the heatmap packs that hold their tracks.
 */
export function purgeDeletedWithOriginals(place: LibraryPlace, olderThan: number): number {
  const purged = purgeDeletedActivities(place.db, olderThan)
  removeOrphanedOriginals(place.db, place.dataDir)
  // The heatmap packs still hold the purged tracks; the next heatmap packs them again.
  if (purged > 0) removeHeatPacks(place.dataDir)
  return purged
}

/** Deletes the whole backup the user asked to delete, original files and heatmap packs included. */
export function deleteLibrary(place: LibraryPlace): void {
  deleteLibraryData(place.db)
  removeOrphanedOriginals(place.db, place.dataDir)
  removeHeatPacks(place.dataDir)
}
