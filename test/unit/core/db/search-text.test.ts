import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EMBEDDED_MIGRATIONS } from '../../../../src/main/core/db/migrations.generated'
import { openDatabase } from '../../../../src/main/core/db/open-database'
import { foldForSearch } from '../../../../src/main/core/db/search-text'
import { listAllActivities } from '../../../../src/main/core/library/activity-queries'

describe('folding names for search', () => {
  it('drops case and accents of Latin, Greek and Cyrillic letters', () => {
    const cases: [string, string][] = [
      ['Évening Ride', 'evening ride'],
      ['E\u0301vening', 'evening'],
      ['LÄUFCHEN am Ölberg', 'laufchen am olberg'],
      ['İstanbul', 'istanbul'],
      ['Ελληνικά Άλφα', 'ελληνικα αλφα'],
      ['Ёлка', 'елка'],
      ['Ñandú', 'nandu'],
    ]
    for (const [name, folded] of cases) expect(foldForSearch(name), name).toBe(folded)
  })

  it('spells out full-width letters and ligatures', () => {
    expect(foldForSearch('ＲＵＮ')).toBe('run')
    expect(foldForSearch('ﬁets')).toBe('fiets')
  })

  it('keeps marks that change a letter in other scripts', () => {
    // ブ and フ are different syllables; a voiced mark is not an accent.
    expect(foldForSearch('ブラン')).toBe('ブラン')
    expect(foldForSearch('ブラン')).not.toBe(foldForSearch('フラン'))
    expect(foldForSearch('हिन्दी')).toBe('हिन्दी')
    expect(foldForSearch('🏃‍♀️ 朝ラン')).toBe('🏃‍♀️ 朝ラン')
  })
})

describe('a library from before folded search', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trailkeep-search-upgrade-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('gets search names for every activity it holds, and its search index goes', () => {
    const file = join(dir, 'trailkeep.sqlite')
    const before = EMBEDDED_MIGRATIONS.filter((m) => m.tag < '0005')
    const old = openDatabase(file, { migrations: before })
    const insert = old.sqlite.prepare(`INSERT INTO activities (id, athlete_id, name, sport_type,
      start_date, start_date_local, distance, moving_time, elapsed_time, total_elevation_gain,
      summary_json, first_seen_at, updated_at) VALUES (?, 1, ?, 'Run', ?, '', 0, 0, 0, 0, '{}', 0, 0)`)
    insert.run(17_000_000_001, 'Évening Run', 1_700_000_000)
    insert.run(17_000_000_002, '朝ラン', 1_700_000_100)
    old.close()

    const upgraded = openDatabase(file)
    try {
      const names = upgraded.sqlite
        .prepare('SELECT search_name FROM activities ORDER BY id')
        .pluck()
      expect(names.all()).toEqual(['evening run', '朝ラン'])
      const ids = (search: string) => listAllActivities(upgraded.db, { search }).map((a) => a.id)
      expect(ids('EVENING')).toEqual([17_000_000_001])
      expect(ids('ラン')).toEqual([17_000_000_002])
      const search = upgraded.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'activities_search%'")
        .all()
      expect(search).toEqual([])
    } finally {
      upgraded.close()
    }
  })
})
