/**
 * Values bound into `IN (…)` lists: their placeholders, and ids a run at a time (SQLite's limit
 * on bound parameters is far above a run, and each statement stays small and reusable).
 */

/** Ids one statement binds at most. */
export const IDS_PER_STATEMENT = 500

/** `ids` in runs of IDS_PER_STATEMENT, in order. */
export function* idChunks<T>(ids: readonly T[]): Generator<T[]> {
  for (let at = 0; at < ids.length; at += IDS_PER_STATEMENT) {
    yield ids.slice(at, at + IDS_PER_STATEMENT)
  }
}

/** `?, ?, ?` for an IN list of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ')
}
