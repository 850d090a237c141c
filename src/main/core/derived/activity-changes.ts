/**
 * `activity_changes`, the ordered log of every write to an activity or its streams: triggers log
 * updates and deletes of activities and every write to their streams; the code that adds
 * activities logs them with logActivityChanges (a trigger on insert cost a first sync twice the
 * time). Readers ask what changed since they last looked, so that nothing needs to check every
 * activity of a 50,000-activity library to find the one that is new.
 */
import { sql } from 'drizzle-orm'
import type { AppDb, DbOrTx } from '../db/open-database'
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

/**
 * Logs that these activities were added. On the library's connection a prepared statement (a
 * first sync logs 50,000); inside a drizzle transaction (an import adding a few), a query.
 */
export function logActivityChanges(db: DbOrTx, ids: readonly number[]): void {
  if ('$client' in db) {
    const insert = statementFor(db, 'INSERT INTO activity_changes (activity_id) VALUES (?)')
    for (const id of ids) insert.run(id)
    return
  }
  for (const id of ids) db.run(sql`INSERT INTO activity_changes (activity_id) VALUES (${id})`)
}
