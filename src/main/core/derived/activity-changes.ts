/**
 * Reads of `activity_changes`, the ordered log of every write to an activity or its streams
 * (kept by triggers): what changed since a reader last looked, so that nothing needs to check
 * every activity of a 50,000-activity library to find the one that is new.
 */
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'

/** The number of the latest change ever logged (0 for none): it only grows. */
export function latestChange(db: AppDb): number {
  const seq = statementFor(db, "SELECT seq FROM sqlite_sequence WHERE name = 'activity_changes'")
    .pluck(true)
    .get() as number | undefined
  return seq ?? 0
}

/**
 * The activities changed after change `since` up to `through`, each once; null when the log no
 * longer reaches back to `since` (it was pruned): then the reader must look at everything.
 */
export function changedSince(db: AppDb, since: number, through: number): number[] | null {
  const oldest = statementFor(db, 'SELECT MIN(seq) FROM activity_changes').pluck(true).get() as
    number | null
  // With nothing logged, the log is complete only when nothing was ever pruned after `since`.
  if (oldest === null ? since < through : oldest > since + 1) return null
  return statementFor(
    db,
    'SELECT DISTINCT activity_id FROM activity_changes WHERE seq > ? AND seq <= ?',
  )
    .pluck(true)
    .all(since, through) as number[]
}

/** Forgets the changes up to `through` (every reader has followed them). */
export function pruneChanges(db: AppDb, through: number): void {
  statementFor(db, 'DELETE FROM activity_changes WHERE seq <= ?').run(through)
}
