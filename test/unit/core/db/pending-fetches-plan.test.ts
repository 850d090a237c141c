import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../../../src/main/core/db/open-database'
import { countPending, nextDueFetch } from '../../../../src/main/core/db/pending-fetches'

/** The query plans of every statement `run` prepares on the connection. */
function plansOf(database: OpenedDatabase, run: () => void): string[] {
  const { sqlite } = database
  const prepare = sqlite.prepare.bind(sqlite)
  const plans: string[] = []
  sqlite.prepare = ((source: string) => {
    const params = Array.from(source.matchAll(/\?/g), () => 0)
    const rows = prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[]
    plans.push(rows.map((r) => r.detail).join('; '))
    return prepare(source)
  }) as typeof sqlite.prepare
  try {
    run()
  } finally {
    sqlite.prepare = prepare
  }
  return plans
}

describe('finding what to fetch in a large library', () => {
  let dir: string
  let database: OpenedDatabase
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trailkeep-pending-plan-'))
    database = openDatabase(join(dir, 'trailkeep.sqlite'))
  })
  afterEach(() => {
    database.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('walks the pending indexes instead of every activity', () => {
    const plans = plansOf(database, () => {
      nextDueFetch(database.db, ['detail', 'streams'], 0)
      countPending(database.db, 'detail')
      countPending(database.db, 'streams')
    })
    expect(plans.length).toBeGreaterThanOrEqual(4)
    const next = plans.filter((p) => p.includes('LEFT-JOIN'))
    expect(next).toEqual([
      expect.stringContaining('SCAN activities USING INDEX activities_detail_pending_idx'),
      expect.stringContaining('SCAN activities USING INDEX activities_streams_pending_idx'),
    ])
    for (const plan of plans) expect(plan).not.toMatch(/SCAN activities(?! USING)/)
    for (const plan of plans) expect(plan).not.toContain('TEMP B-TREE')
  })
})
