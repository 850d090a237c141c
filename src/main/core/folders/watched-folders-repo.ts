/** The watched folders of a library (watched_folders): where new device files are picked up. */
import { eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../db/open-database'
import { watchedFolders } from '../db/schema'

export type WatchedFolderRow = typeof watchedFolders.$inferSelect

export function listWatchedFolders(db: DbOrTx): WatchedFolderRow[] {
  return db.select().from(watchedFolders).orderBy(watchedFolders.path).all()
}

/** Adds a folder (an absolute path); one already watched is left as it is. */
export function addWatchedFolder(db: DbOrTx, path: string, now: number): void {
  db.insert(watchedFolders).values({ path, addedAt: now }).onConflictDoNothing().run()
}

export function removeWatchedFolder(db: DbOrTx, id: number): boolean {
  return db.delete(watchedFolders).where(eq(watchedFolders.id, id)).run().changes > 0
}

/** What the last scan of a folder found: when, how many activities it added, what went wrong. */
export function recordFolderScan(
  db: DbOrTx,
  id: number,
  scan: { at: number; added: number; problem: string | null },
): void {
  db.update(watchedFolders)
    .set({
      lastScanAt: scan.at,
      lastError: scan.problem,
      activitiesAdded: sql`${watchedFolders.activitiesAdded} + ${scan.added}`,
    })
    .where(eq(watchedFolders.id, id))
    .run()
}
