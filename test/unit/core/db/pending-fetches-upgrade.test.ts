import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EMBEDDED_MIGRATIONS } from '../../../../src/main/core/db/migrations.generated'
import { openDatabase } from '../../../../src/main/core/db/open-database'
import {
  countPending,
  earliestRetry,
  nextDueFetch,
  pendingFetchesFor,
} from '../../../../src/main/core/db/pending-fetches'

const NEW = 17_000_000_004
const STREAMS_RETRYING = 17_000_000_003
const STREAMS_GIVEN_UP = 17_000_000_002
const COMPLETE = 17_000_000_001

describe('a library from when a queue table listed what to fetch', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trailkeep-queue-upgrade-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps exactly what was still to fetch, its failed attempts, and what the sync had given up', () => {
    const file = join(dir, 'trailkeep.sqlite')
    const old = openDatabase(file, {
      migrations: EMBEDDED_MIGRATIONS.filter((m) => m.tag < '0006'),
    })
    const insert = old.sqlite.prepare(`INSERT INTO activities (id, athlete_id, name, sport_type,
      start_date, start_date_local, distance, moving_time, elapsed_time, total_elevation_gain,
      summary_json, streams_state, first_seen_at, updated_at)
      VALUES (?, 1, 'Run', 'Run', ?, '', 0, 0, 0, 0, '{}', ?, 0, 0)`)
    insert.run(NEW, 1_700_000_400, 'pending')
    insert.run(STREAMS_RETRYING, 1_700_000_300, 'pending')
    insert.run(STREAMS_GIVEN_UP, 1_700_000_200, 'pending')
    insert.run(COMPLETE, 1_700_000_100, 'stored')
    const queue = old.sqlite.prepare(`INSERT INTO fetch_queue
      (activity_id, kind, start_date, attempts, not_before, last_error) VALUES (?, ?, ?, ?, ?, ?)`)
    queue.run(NEW, 'detail', 1_700_000_400, 0, 0, null)
    queue.run(NEW, 'streams', 1_700_000_400, 0, 0, null)
    queue.run(STREAMS_RETRYING, 'streams', 1_700_000_300, 2, 5_000, 'unexpected streams (HTTP 200)')
    old.close()

    const upgraded = openDatabase(file)
    try {
      const { db } = upgraded
      const kinds = (id: number) => pendingFetchesFor(db, id).map((f) => [f.kind, f.attempts])
      expect(kinds(NEW)).toEqual([
        ['detail', 0],
        ['streams', 0],
      ])
      expect(kinds(STREAMS_RETRYING)).toEqual([['streams', 2]])
      expect(kinds(COMPLETE)).toEqual([])
      // Still pending, but the sync itself no longer asks for it.
      expect(kinds(STREAMS_GIVEN_UP)).toEqual([['streams', 3]])
      expect(countPending(db, 'detail')).toBe(1)
      expect(countPending(db, 'streams')).toBe(2)
      expect(earliestRetry(db, ['detail', 'streams'])).toBe(5_000)

      expect(nextDueFetch(db, ['detail', 'streams'], 0)).toMatchObject({
        activityId: NEW,
        kind: 'detail',
      })
      expect(nextDueFetch(db, ['streams'], 0)).toMatchObject({ activityId: NEW })
      upgraded.sqlite
        .prepare('UPDATE activities SET detail_pending = 0, streams_state = ? WHERE id = ?')
        .run('stored', NEW)
      expect(nextDueFetch(db, ['detail', 'streams'], 4_999)).toBeUndefined()
      expect(nextDueFetch(db, ['detail', 'streams'], 5_000)).toMatchObject({
        activityId: STREAMS_RETRYING,
        kind: 'streams',
        attempts: 2,
      })
      const tables = upgraded.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE name = 'fetch_queue'")
        .all()
      expect(tables).toEqual([])
    } finally {
      upgraded.close()
    }
  })
})
