import type Database from 'better-sqlite3'
import type { AppDb } from '../db/open-database'
import { firstValue } from '../db/reused-statements'

const MAX_COUNTS = 64

interface Counts {
  version: string
  byFilter: Map<string, number>
}

const cache = new WeakMap<Database.Database, Counts>()

/**
 * Changes whenever any activity may have changed: data_version moves with commits of other
 * connections, total_changes() with every row this connection wrote.
 */
function libraryVersion(db: AppDb): string {
  const ownChanges = firstValue(db, { sql: 'SELECT total_changes()', params: [] })
  return `${db.$client.pragma('data_version', { simple: true })}:${String(ownChanges)}`
}

/**
 * How many activities match a filter, counted once per filter until the library changes:
 * scrolling a long list or changing its sort asks for the same total page after page.
 */
export function countOnce(db: AppDb, filterKey: string, count: () => number): number {
  const version = libraryVersion(db)
  let counts = cache.get(db.$client)
  if (!counts || counts.version !== version || counts.byFilter.size >= MAX_COUNTS) {
    counts = { version, byFilter: new Map() }
    cache.set(db.$client, counts)
  }
  const known = counts.byFilter.get(filterKey)
  if (known !== undefined) return known
  const counted = count()
  counts.byFilter.set(filterKey, counted)
  return counted
}
