import { describe, expect, it } from 'vitest'
import { countActivities, listActivities } from '../../../../src/main/core/library/activity-queries'
import { SUMMARIES, fold, idsWhere, named, useQueryLibrary } from '../../../helpers/query-library'

const library = useQueryLibrary()
const { idsOf } = library

describe('text search', () => {
  it('ignores case and accents', () => {
    for (const search of ['morning', 'MORNING', 'Evening', 'évening', 'EVENING', 'laufchen']) {
      const expected = idsWhere((s) => fold(s.name).includes(fold(search)))
      expect(expected.length, search).toBeGreaterThan(0)
      expect(idsOf({ search }), search).toEqual(expected)
    }
    for (const search of ['LÄUFCHEN', 'olberg', 'schotter & staub', 'zwift - watopia']) {
      expect(idsOf({ search }), search).toEqual(
        idsWhere((s) => fold(s.name).includes(fold(search))),
      )
    }
  })

  it('treats a decomposed accent like the composed one Strava stores', () => {
    expect(idsOf({ search: 'E\u0301vening' })).toEqual(idsOf({ search: 'Évening' }))
    expect(idsOf({ search: 'E\u0301vening' }).length).toBeGreaterThan(0)
  })

  it('finds substrings in any script, emoji included', () => {
    for (const search of ['高尾山', '朝ラン', 'ركض', 'ランニ', 'Ride 🚴', '🏃‍♀️ park']) {
      expect(idsOf({ search }), search).toEqual(idsWhere((s) => s.name.includes(search)))
    }
    expect(idsOf({ search: '高尾山' }).length).toBeGreaterThan(0)
    expect(idsOf({ search: 'ركض' })).toEqual(named('ركض صباحي'))
    expect(idsOf({ search: '🏃‍♀️ park' })).toEqual(named('🏃‍♀️ parkrun'))
  })

  it('answers one- and two-character searches, case and accents ignored too', () => {
    for (const search of ['Zw', 'zw', 'a', '5', 'Év', 'ÉV', 'ev']) {
      expect(idsOf({ search }), search).toEqual(
        idsWhere((s) => fold(s.name).includes(fold(search))),
      )
      expect(idsOf({ search }).length, search).toBeGreaterThan(0)
    }
    expect(idsOf({ search: 'Év' })).toEqual(idsOf({ search: 'ev' }))
    for (const search of ['散', 'ラン', '🚴', '☕', '⛰️']) {
      expect(idsOf({ search }), search).toEqual(idsWhere((s) => s.name.includes(search)))
      expect(idsOf({ search }).length, search).toBeGreaterThan(0)
    }
  })

  it('takes % _ \\ " and * literally', () => {
    expect(idsOf({ search: '%' })).toEqual(named('100% effort'))
    expect(idsOf({ search: '_' })).toEqual(named('tempo_run'))
    expect(idsOf({ search: '\\' })).toEqual(named('back\\slash'))
    expect(idsOf({ search: '"' })).toEqual(named('The "Big" Loop'))
    expect(idsOf({ search: '*' })).toEqual(named('Hill *repeats*'))
  })

  it('never reads user text as syntax or SQL', () => {
    expect(idsOf({ search: '"Big"' })).toEqual(named('The "Big" Loop'))
    expect(idsOf({ search: 'Hill *rep' })).toEqual(named('Hill *repeats*'))
    expect(idsOf({ search: 'NEAR(' })).toEqual(named('NEAR(by) loop'))
    expect(idsOf({ search: 'run OR ride' })).toEqual(named('run OR ride?'))
    expect(idsOf({ search: "'); DROP TABLE" })).toEqual(named("Robert'); DROP TABLE activities;--"))
    expect(idsOf({ search: "'; DROP TABLE" })).toEqual([])
    expect(idsOf({ search: '<img src=x' })).toEqual(named('<img src=x onerror=alert(1)>'))
    for (const search of ['morn*', 'name:morning', '^morning', 'morning NOT run', '"""', '(']) {
      expect(idsOf({ search }), search).toEqual(
        idsWhere((s) => fold(s.name).includes(fold(search))),
      )
    }
    const hostile = [
      '"',
      '""',
      '*',
      'NEAR(',
      'NEAR(a b, 2)',
      "'; DROP TABLE activities;--",
      "Robert'); DROP TABLE activities;--",
      'a" OR "b',
      '") OR 1=1 --',
      '%_%',
      '\\%',
      '{name}: x',
      'x\u0000y',
      '\u0000',
      '-',
      '+morning',
      'AND',
      'OR OR OR',
    ]
    for (const search of hostile) {
      expect(
        () => listActivities(library.database.db, { search }),
        JSON.stringify(search),
      ).not.toThrow()
    }
    expect(countActivities(library.database.db, { includeDeleted: true })).toBe(SUMMARIES.length)
  })

  it('treats blank text as no search', () => {
    expect(idsOf({ search: '   ' })).toEqual(idsOf({}))
  })
})
