import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderEmbeddedMigrations } from '../../../../src/main/core/db/embed-migrations'
import { openDatabase, TRAILKEEP_APPLICATION_ID } from '../../../../src/main/core/db/open-database'
import { isAppError } from '../../../../src/main/core/errors'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailkeep-db-'))
  file = join(dir, 'trailkeep.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function expectRefused(code: string) {
  const before = digest(file)
  try {
    openDatabase(file)
    expect.unreachable('the database should have been refused')
  } catch (error) {
    expect(isAppError(error) && error.code, String(error)).toBe(code)
    expect((error as Error).message).toMatch(/\.$/)
  }
  expect(digest(file), 'the refused file is left untouched').toBe(before)
}

describe('opening the library database', () => {
  it('does not trust the SQL in a database file: planted triggers cannot call functions', () => {
    openDatabase(file).close()
    // What a hostile backup could carry: a trigger that calls into the app on every rename.
    const planted = new Database(file)
    planted.exec(`CREATE TRIGGER planted AFTER UPDATE OF name ON activities BEGIN
      UPDATE settings SET value = trailkeep_fold(new.name) WHERE key = 'x'; END`)
    planted
      .prepare(
        `INSERT INTO activities (id, athlete_id, name, sport_type, start_date, start_date_local,
          distance, moving_time, elapsed_time, total_elevation_gain, summary_json, first_seen_at,
          updated_at) VALUES (1, 1, 'Ride', 'Ride', 0, '', 0, 0, 0, 0, '{}', 0, 0)`,
      )
      .run()
    planted.close()
    const { sqlite, close } = openDatabase(file)
    try {
      expect(sqlite.pragma('trusted_schema', { simple: true })).toBe(0)
      expect(() => sqlite.prepare("UPDATE activities SET name = 'x' WHERE id = 1").run()).toThrow(
        /unsafe use of trailkeep_fold/,
      )
    } finally {
      close()
    }
  })

  it('creates a WAL database with foreign keys, marks it as ours and applies migrations', () => {
    const { sqlite, close } = openDatabase(file)
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(sqlite.pragma('application_id', { simple: true })).toBe(TRAILKEEP_APPLICATION_ID)
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all()
    expect(tables).toEqual(
      expect.arrayContaining(['activities', 'connection', 'credentials', 'settings']),
    )
    close()
    // Opening again applies nothing twice.
    const again = openDatabase(file)
    expect(
      again.sqlite.prepare('SELECT COUNT(*) FROM __drizzle_migrations').pluck().get(),
    ).toBeGreaterThan(0)
    again.close()
  })

  it('refuses a database written by a newer Trailkeep and leaves it untouched', () => {
    openDatabase(file).close()
    const raw = new Database(file)
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', Date.now() + 10 ** 12)
    raw.close()
    expectRefused('DB_TOO_NEW')
  })

  it('refuses a damaged file without overwriting it', () => {
    openDatabase(file).close()
    const bytes = readFileSync(file)
    bytes.fill(0xab, 4096, 8192)
    writeFileSync(file, bytes)
    expectRefused('DB_DAMAGED')
  })

  it('refuses a file that is not SQLite at all', () => {
    writeFileSync(file, 'this is my diary, not a database\n'.repeat(100))
    expectRefused('DB_FOREIGN')
  })

  it('refuses another application’s SQLite database', () => {
    const other = new Database(file)
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
    other.close()
    expectRefused('DB_FOREIGN')
  })
})

describe('embedded migrations', () => {
  it('match the drizzle-kit migrations folder (run `npm run db:generate` after schema changes)', () => {
    const folder = join(import.meta.dirname, '../../../../src/main/core/db/migrations')
    const expected = renderEmbeddedMigrations(folder, (path) => readFileSync(path, 'utf8'))
    const actual = readFileSync(join(folder, '../migrations.generated.ts'), 'utf8')
    expect(actual).toBe(expected)
  })
})
