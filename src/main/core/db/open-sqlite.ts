import Database from 'better-sqlite3'

/**
 * Every SQLite connection Trailkeep opens goes through here. A database file can come from
 * someone else (a restored backup), so the SQL stored in its schema (triggers, views, defaults,
 * index expressions) must not call functions with side effects or reach virtual tables:
 * trusted_schema=OFF, set before anything reads the schema.
 */
export function openSqlite(file: string, options: Database.Options = {}): Database.Database {
  const sqlite = new Database(file, options)
  try {
    sqlite.pragma('trusted_schema = OFF')
  } catch (error) {
    sqlite.close()
    throw error
  }
  return sqlite
}
