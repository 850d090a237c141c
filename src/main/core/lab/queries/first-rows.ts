import type Database from 'better-sqlite3'

/**
 * The first `wanted` rows of an ordered query that pass `keep`, read a page at a time (the SQL
 * ends with `LIMIT ? OFFSET ?`). Pages grow fourfold, so a long run of rejected rows costs a few
 * queries, while the usual case (the first row passes) reads one small page. Paging instead of
 * `iterate()` leaves the connection free for `keep` to run queries of its own.
 */
export function firstRows<T>(
  statement: Database.Statement,
  params: readonly unknown[],
  keep: (row: T) => boolean,
  wanted = 1,
): T[] {
  const kept: T[] = []
  let offset = 0
  let page = Math.max(4, wanted * 2)
  for (;;) {
    const rows = statement.all(...params, page, offset) as T[]
    for (const row of rows) {
      if (!keep(row)) continue
      kept.push(row)
      if (kept.length >= wanted) return kept
    }
    if (rows.length < page) return kept
    offset += page
    page *= 4
  }
}
