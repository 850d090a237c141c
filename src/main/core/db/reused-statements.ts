import type Database from 'better-sqlite3'
import type { AppDb } from './open-database'

/** A query as drizzle's toSQL() gives it: its text and bound values. */
export interface BuiltQuery {
  sql: string
  params: unknown[]
}

/** Filter combinations give a few hundred texts at most; past this the cache starts over. */
const MAX_STATEMENTS = 256

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * The query's statement, prepared once per connection and SQL text. drizzle prepares anew on
 * every call, which was a fifth of the time of a list query on 50,000 activities.
 */
export function statementFor(db: AppDb, sql: string): Database.Statement {
  let cache = statements.get(db.$client)
  if (!cache || cache.size >= MAX_STATEMENTS) {
    cache = new Map()
    statements.set(db.$client, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.$client.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}

/** Every row as an array, columns in the order the query selects them. */
export function allRows(db: AppDb, { sql, params }: BuiltQuery): unknown[][] {
  return statementFor(db, sql)
    .raw(true)
    .all(...params) as unknown[][]
}

/** The first column of the first row. */
export function firstValue(db: AppDb, { sql, params }: BuiltQuery): unknown {
  return statementFor(db, sql)
    .pluck(true)
    .get(...params)
}
