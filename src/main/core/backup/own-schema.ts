/**
 * A backup may be someone else's file. Its schema must be exactly what Trailkeep's migrations
 * build: an extra trigger or view would run its SQL inside this app's connection on every write
 * (trusted_schema=OFF stops it calling functions, not plain SQL).
 */
import type Database from 'better-sqlite3'
import { EMBEDDED_MIGRATIONS } from '../db/migrations.generated'
import { openDatabase } from '../db/open-database'

/** Every schema object; statistics tables are SQLite's own and only steer the query planner. */
function schemaOf(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
    )
    .all()
  return rows.map((row) => JSON.stringify(row))
}

const expected = new Map<number, string[]>()

/** The schema a library has after the migrations up to `latest` (epoch ms, as drizzle stores). */
function expectedSchema(latest: number, nativeBinding?: string): string[] {
  const known = expected.get(latest)
  if (known) return known
  const migrations = EMBEDDED_MIGRATIONS.filter((m) => m.when <= latest)
  const scratch = openDatabase(':memory:', { migrations, nativeBinding })
  try {
    const schema = schemaOf(scratch.sqlite)
    expected.set(latest, schema)
    return schema
  } finally {
    scratch.close()
  }
}

/** True when the database's schema is exactly the one Trailkeep's migrations up to `latest` build. */
export function hasOwnSchema(
  sqlite: Database.Database,
  latest: number,
  nativeBinding?: string,
): boolean {
  const actual = schemaOf(sqlite)
  const wanted = expectedSchema(latest, nativeBinding)
  return actual.length === wanted.length && actual.every((row, i) => row === wanted[i])
}
