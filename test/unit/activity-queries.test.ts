import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  markDeletedOnStrava,
  readStreams,
  storeDetail,
  storeStreams,
  upsertSummaries,
} from '../../src/main/core/db/activities-repo'
import { openDatabase, type OpenedDatabase } from '../../src/main/core/db/open-database'
import { isAppError } from '../../src/main/core/errors'
import {
  computeTotals,
  countActivities,
  getActivityDetail,
  listActivities,
  listAllActivities,
  listSportTypes,
} from '../../src/main/core/library/activity-queries'
import {
  detailedActivitySchema,
  summaryActivitySchema,
  type StreamSet,
  type SummaryActivity,
} from '../../src/main/core/strava/activity-schemas'
import type { ActivityQueryInput } from '../../src/shared/library-query'
import { generateDataset, type EmulatorActivity } from '../strava-emulator'
import { toDetail, toSummary } from '../strava-emulator/representation'
import { generateStreams } from '../strava-emulator/streams'

const NOW = Date.UTC(2026, 5, 1, 12)

/** Names that put the search through its paces, at positions the dataset leaves alone. */
const CUSTOM_NAMES = new Map<number, string>([
  [20, '100% effort'],
  [21, 'tempo_run'],
  [22, 'The "Big" Loop'],
  [23, 'Hill *repeats*'],
  [24, 'NEAR(by) loop'],
  [25, 'back\\slash'],
  [26, 'run OR ride?'],
  [27, '🏃‍♀️ parkrun'],
])

/** Start times whose ISO week, month or year differ from the naive reading. */
const CUSTOM_STARTS = new Map<number, { utc: string; local: string }>([
  [30, { utc: '2021-01-01T09:00:00Z', local: '2021-01-01T10:00:00Z' }],
  [31, { utc: '2024-12-30T06:00:00Z', local: '2024-12-30T07:00:00Z' }],
  [32, { utc: '2024-03-31T23:30:00Z', local: '2024-04-01T01:30:00Z' }],
  // As far ahead of UTC (Kiribati) and behind it (Baker Island) as a clock can be.
  [33, { utc: '2024-06-30T10:30:00Z', local: '2024-07-01T00:30:00Z' }],
  [34, { utc: '2024-07-01T11:30:00Z', local: '2024-06-30T23:30:00Z' }],
])

const ACTIVITIES: EmulatorActivity[] = generateDataset(7, 300, NOW).map((activity, index) => {
  const name = CUSTOM_NAMES.get(index)
  const start = CUSTOM_STARTS.get(index)
  return {
    ...activity,
    ...(name !== undefined && { name }),
    ...(start && { start_date: start.utc, start_date_local: start.local }),
  }
})
const SUMMARIES: SummaryActivity[] = ACTIVITIES.map((a) =>
  summaryActivitySchema.parse(toSummary(a)),
)

let dir: string
let database: OpenedDatabase
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailkeep-queries-'))
  database = openDatabase(join(dir, 'trailkeep.sqlite'))
  const { db } = database
  db.transaction(() => upsertSummaries(db, SUMMARIES, NOW))
})
afterEach(() => {
  database.close()
  rmSync(dir, { recursive: true, force: true })
})

const startMs = (s: SummaryActivity) => Date.parse(s.start_date)
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b)
const idsOf = (query: ActivityQueryInput) =>
  sorted(listAllActivities(database.db, query).map((a) => a.id))
const idsWhere = (keep: (s: SummaryActivity) => boolean) =>
  sorted(SUMMARIES.filter(keep).map((s) => s.id))
/** Latin text as search sees it: no case, no accents. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
const named = (name: string) => idsWhere((s) => s.name === name)

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
      expect(() => listActivities(database.db, { search }), JSON.stringify(search)).not.toThrow()
    }
    expect(countActivities(database.db, { includeDeleted: true })).toBe(SUMMARIES.length)
  })

  it('treats blank text as no search', () => {
    expect(idsOf({ search: '   ' })).toEqual(idsOf({}))
  })
})

describe('filters', () => {
  it('keeps only the given sport types; an empty list means every sport', () => {
    expect(idsOf({ sportTypes: ['Run', 'Ride'] })).toEqual(
      idsWhere((s) => s.sport_type === 'Run' || s.sport_type === 'Ride'),
    )
    expect(idsOf({ sportTypes: [] })).toEqual(idsOf({}))
    expect(idsOf({ sportTypes: ['Curling'] })).toEqual([])
  })

  it('includes `after` and excludes `before`, to the second', () => {
    const pivot = SUMMARIES[150] as SummaryActivity
    const at = new Date(startMs(pivot)).toISOString()
    const after = idsOf({ after: at })
    const before = idsOf({ before: at })
    expect(after).toContain(pivot.id)
    expect(before).not.toContain(pivot.id)
    expect(after).toEqual(idsWhere((s) => startMs(s) >= startMs(pivot)))
    expect(sorted([...after, ...before])).toEqual(idsOf({}))
    const halfSecondLater = new Date(startMs(pivot) + 500).toISOString()
    expect(idsOf({ after: halfSecondLater })).not.toContain(pivot.id)
    expect(idsOf({ before: halfSecondLater })).toContain(pivot.id)
  })

  it('keeps whole days by the calendar where each activity started, both ends included', () => {
    const localDay = (s: SummaryActivity) => s.start_date_local.slice(0, 10)
    const between = (from: string, to: string) =>
      idsWhere((s) => localDay(s) >= from && localDay(s) <= to)
    const cases: [string, string][] = [
      ['2024-07-01', '2024-07-01'],
      ['2024-06-30', '2024-06-30'],
      ['2024-04-01', '2024-06-30'],
      ['2023-01-01', '2024-12-31'],
      ['2024-03-31', '2024-03-31'],
    ]
    for (const [fromDate, toDate] of cases) {
      expect(idsOf({ fromDate, toDate }), `${fromDate}..${toDate}`).toEqual(
        between(fromDate, toDate),
      )
    }
    const [kiribati, baker] = [33, 34].map((i) => (SUMMARIES[i] as SummaryActivity).id)
    expect(idsOf({ fromDate: '2024-07-01', toDate: '2024-07-01' })).toContain(kiribati)
    expect(idsOf({ fromDate: '2024-07-01', toDate: '2024-07-01' })).not.toContain(baker)
    expect(idsOf({ fromDate: '2024-06-30', toDate: '2024-06-30' })).toContain(baker)
    expect(idsOf({ fromDate: '2024-04-01' })).toContain((SUMMARIES[32] as SummaryActivity).id)
    expect(idsOf({ toDate: '2024-03-31' })).not.toContain((SUMMARIES[32] as SummaryActivity).id)
    expect(idsOf({ fromDate: '2024-07-02', toDate: '2024-07-01' })).toEqual([])
  })

  it('refuses a day that is not on the calendar', () => {
    for (const fromDate of ['2023-02-29', '2024-13-01', '24-01-01', '2024-01-01T00:00:00Z']) {
      expect(() => listActivities(database.db, { fromDate }), fromDate).toThrow(/not valid/)
    }
  })

  it('reads a plain date as midnight UTC and honours offsets', () => {
    expect(idsOf({ after: '2024-01-01', before: '2025-01-01' })).toEqual(
      idsWhere((s) => startMs(s) >= Date.UTC(2024, 0, 1) && startMs(s) < Date.UTC(2025, 0, 1)),
    )
    expect(idsOf({ after: '2024-01-01T02:00:00+02:00' })).toEqual(idsOf({ after: '2024-01-01' }))
  })

  it('bounds the distance inclusively', () => {
    const distance = (SUMMARIES[40] as SummaryActivity).distance
    expect(idsOf({ minDistance: distance })).toEqual(idsWhere((s) => s.distance >= distance))
    expect(idsOf({ maxDistance: distance })).toEqual(idsWhere((s) => s.distance <= distance))
    expect(idsOf({ minDistance: 5000, maxDistance: 10_000 })).toEqual(
      idsWhere((s) => s.distance >= 5000 && s.distance <= 10_000),
    )
  })

  it('combines filters', () => {
    const query = {
      sportTypes: ['Run', 'TrailRun'],
      after: '2023-01-01',
      before: '2026-01-01',
      search: 'run',
      minDistance: 5000,
    }
    const expected = idsWhere(
      (s) =>
        ['Run', 'TrailRun'].includes(s.sport_type ?? '') &&
        startMs(s) >= Date.UTC(2023, 0, 1) &&
        startMs(s) < Date.UTC(2026, 0, 1) &&
        fold(s.name).includes('run') &&
        s.distance >= 5000,
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(idsOf(query)).toEqual(expected)
    expect(countActivities(database.db, query)).toBe(expected.length)
  })
})

describe('sorting and paging', () => {
  const list = (query: ActivityQueryInput) => listAllActivities(database.db, query).map((a) => a.id)
  const byKey = (key: (s: SummaryActivity) => number, direction: 1 | -1) =>
    [...SUMMARIES].sort((a, b) => direction * (key(a) - key(b) || a.id - b.id)).map((s) => s.id)

  it('sorts newest first by default and by distance or moving time on request', () => {
    expect(list({})).toEqual(byKey(startMs, -1))
    expect(list({ sort: 'date', direction: 'asc' })).toEqual(byKey(startMs, 1))
    expect(list({ sort: 'distance', direction: 'asc' })).toEqual(byKey((s) => s.distance, 1))
    expect(list({ sort: 'distance' })).toEqual(byKey((s) => s.distance, -1))
    expect(list({ sort: 'movingTime', direction: 'desc' })).toEqual(byKey((s) => s.moving_time, -1))
  })

  it('pages through every match exactly once with a stable total', () => {
    for (const sort of ['date', 'distance', 'movingTime'] as const) {
      const seen: number[] = []
      for (let offset = 0; ; offset += 37) {
        const page = listActivities(database.db, { sort, offset, limit: 37 })
        expect(page.total).toBe(SUMMARIES.length)
        expect(page).toMatchObject({ offset, limit: 37 })
        if (page.items.length === 0) break
        seen.push(...page.items.map((a) => a.id))
      }
      expect(seen, sort).toEqual(list({ sort }))
    }
  })

  it('defaults to the first 100 and reports the total past the end', () => {
    const first = listActivities(database.db)
    expect(first.items).toHaveLength(100)
    expect(first).toMatchObject({ total: SUMMARIES.length, offset: 0, limit: 100 })
    const one = listActivities(database.db, { search: 'DROP TABLE' })
    expect(one).toMatchObject({ total: 1, items: [{ name: "Robert'); DROP TABLE activities;--" }] })
    expect(listActivities(database.db, { search: 'no such name' }).total).toBe(0)
    const past = listActivities(database.db, { offset: 10_000, search: 'morning' })
    expect(past.items).toEqual([])
    expect(past.total).toBe(idsWhere((s) => fold(s.name).includes('morning')).length)
  })
})

describe('activities deleted on Strava', () => {
  it('are left out unless asked for, and then carry when they were found deleted', () => {
    const gone = [SUMMARIES[0], SUMMARIES[60], SUMMARIES[61]].map((s) => (s as SummaryActivity).id)
    const deletedAt = NOW + 5000
    markDeletedOnStrava(database.db, gone, deletedAt)
    expect(idsOf({})).toEqual(idsWhere((s) => !gone.includes(s.id)))
    expect(countActivities(database.db)).toBe(SUMMARIES.length - 3)
    expect(listActivities(database.db).total).toBe(SUMMARIES.length - 3)
    const all = listAllActivities(database.db, { includeDeleted: true })
    expect(all).toHaveLength(SUMMARIES.length)
    for (const item of all) {
      expect(item.deletedAt).toBe(gone.includes(item.id) ? new Date(deletedAt).toISOString() : null)
    }
    expect(countActivities(database.db, { includeDeleted: true })).toBe(SUMMARIES.length)
  })

  it('do not keep a sport type in the list of sports on their own', () => {
    const sports = [...new Set(SUMMARIES.map((s) => s.sport_type as string))].sort()
    expect(listSportTypes(database.db)).toEqual(sports)
    const swims = SUMMARIES.filter((s) => s.sport_type === 'Swim').map((s) => s.id)
    expect(swims.length).toBeGreaterThan(0)
    markDeletedOnStrava(database.db, swims, NOW)
    expect(listSportTypes(database.db)).toEqual(sports.filter((s) => s !== 'Swim'))
  })
})

/** ISO 8601 week of a calendar date, computed independently of SQLite. */
function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  const weekday = (day.getUTCDay() + 6) % 7
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000))
  return `${year}-W${String(week).padStart(2, '0')}`
}

function handTotals(period: (local: string) => string, live: SummaryActivity[]) {
  const groups = new Map<string, { count: number; d: number; t: number; e: number }>()
  for (const s of live) {
    const key = `${period(s.start_date_local)}|${s.sport_type}`
    const g = groups.get(key) ?? { count: 0, d: 0, t: 0, e: 0 }
    g.count++
    g.d += s.distance
    g.t += s.moving_time
    g.e += s.total_elevation_gain
    groups.set(key, g)
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

describe('totals', () => {
  const periods = {
    week: (local: string) => isoWeek(local.slice(0, 10)),
    month: (local: string) => local.slice(0, 7),
    year: (local: string) => local.slice(0, 4),
  }

  it('add up live activities per local week, month and year and sport', () => {
    const gone = SUMMARIES.slice(100, 110).map((s) => s.id)
    markDeletedOnStrava(database.db, gone, NOW)
    const live = SUMMARIES.filter((s) => !gone.includes(s.id))
    for (const period of ['week', 'month', 'year'] as const) {
      const { rows } = computeTotals(database.db, { period })
      const expected = handTotals(periods[period], live)
      expect(
        rows.map((r) => `${r.period}|${r.sportType}`),
        period,
      ).toEqual(expected.map(([key]) => key))
      rows.forEach((row, i) => {
        const g = expected[i]?.[1]
        expect(row.count).toBe(g?.count)
        expect(row.distance).toBeCloseTo(g?.d ?? NaN, 6)
        expect(row.movingTime).toBe(g?.t)
        expect(row.elevationGain).toBeCloseTo(g?.e ?? NaN, 6)
      })
      expect(rows.reduce((n, r) => n + r.count, 0)).toBe(live.length)
    }
  })

  it('use the ISO week-year and the local calendar', () => {
    expect(isoWeek('2021-01-01')).toBe('2020-W53')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
    const periodsOf = (period: 'week' | 'month' | 'year', index: number) => {
      const sportType = (SUMMARIES[index] as SummaryActivity).sport_type as string
      return computeTotals(database.db, { period, sportType }).rows.map((r) => r.period)
    }
    expect(periodsOf('week', 30)).toContain('2020-W53')
    expect(periodsOf('year', 30)).toContain('2021')
    expect(periodsOf('week', 31)).toContain('2025-W01')
    expect(periodsOf('month', 31)).toContain('2024-12')
    // 23:30 UTC on 31 March is already April where it happened.
    expect(periodsOf('month', 32)).toContain('2024-04')
  })

  it('filter by one sport type', () => {
    const { rows } = computeTotals(database.db, { period: 'year', sportType: 'Run' })
    expect(new Set(rows.map((r) => r.sportType))).toEqual(new Set(['Run']))
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(
      SUMMARIES.filter((s) => s.sport_type === 'Run').length,
    )
  })
})

describe('activity detail', () => {
  const withStreams = ACTIVITIES.find(
    (a) => a.sport_type === 'Run' && !a.manual && a.has_heartrate && a.description !== null,
  ) as EmulatorActivity
  const manual = ACTIVITIES.find((a) => a.manual) as EmulatorActivity

  it('brings detail, laps, splits and streams back exactly as stored', () => {
    const { db } = database
    const detail = detailedActivitySchema.parse(toDetail(withStreams))
    const streams = generateStreams(withStreams) as StreamSet
    storeDetail(db, detail, NOW)
    storeStreams(db, withStreams.id, streams, NOW)

    const dto = getActivityDetail(db, withStreams.id)
    expect(dto).toMatchObject({
      id: withStreams.id,
      name: withStreams.name,
      sportType: 'Run',
      startDate: new Date(withStreams.start_date).toISOString(),
      startDateLocal: withStreams.start_date_local,
      description: withStreams.description,
      calories: withStreams.calories,
      deviceName: withStreams.device_name,
      hasStreams: true,
      deletedAt: null,
      stravaUrl: `https://www.strava.com/activities/${withStreams.id}`,
    })
    expect(dto?.gearName).toEqual(expect.any(String))
    const raw = toDetail(withStreams) as { laps: unknown[]; splits_metric: unknown[] }
    expect(dto?.laps).toHaveLength(raw.laps.length)
    expect(dto?.splits).toHaveLength(raw.splits_metric.length)
    expect(dto?.laps[0]).toMatchObject({ index: 1, name: 'Lap 1', distance: expect.any(Number) })
    expect(dto?.splits[0]).toMatchObject({ split: 1, movingTime: expect.any(Number) })
    // Stored as JSON: -0 comes back as 0, every other value exactly.
    const asJson = JSON.parse(JSON.stringify(streams)) as StreamSet
    expect(readStreams(db, withStreams.id)).toEqual(asJson)
    expect(dto?.streams).toEqual(asJson)
    expect(Object.keys(dto?.streams ?? {})).toEqual(
      expect.arrayContaining(['time', 'latlng', 'heartrate']),
    )
  })

  it('skips malformed laps instead of failing', () => {
    const detail = detailedActivitySchema.parse({
      ...toDetail(withStreams),
      laps: [{ name: 'broken' }, 42, (toDetail(withStreams) as { laps: unknown[] }).laps[0]],
      splits_metric: 'not a list',
      calories: 'many',
    })
    storeDetail(database.db, detail, NOW)
    const dto = getActivityDetail(database.db, withStreams.id)
    expect(dto?.laps).toHaveLength(1)
    expect(dto?.splits).toEqual([])
    expect(dto && 'calories' in dto).toBe(false)
  })

  it('has no streams for a manual activity and no detail before it is fetched', () => {
    const dto = getActivityDetail(database.db, manual.id)
    expect(dto).toMatchObject({ isManual: true, hasStreams: false, streams: null })
    expect(dto).toMatchObject({ description: null, laps: [], splits: [] })
  })

  it('is null for an id the library does not hold', () => {
    for (const id of [1, -5, 0, 1.5, Number.NaN, 2 ** 60]) {
      expect(getActivityDetail(database.db, id), String(id)).toBeNull()
    }
  })
})

describe('ids above 2^32', () => {
  it('come back exactly, up to the largest safe integer', () => {
    expect(SUMMARIES.every((s) => s.id > 2 ** 32)).toBe(true)
    expect(idsOf({ includeDeleted: true })).toEqual(sorted(SUMMARIES.map((s) => s.id)))
    const huge = Number.MAX_SAFE_INTEGER
    const summary = summaryActivitySchema.parse({
      ...toSummary(ACTIVITIES[3] as EmulatorActivity),
      id: huge,
    })
    upsertSummaries(database.db, [summary], NOW)
    const item = listAllActivities(database.db, { search: summary.name }).find((a) => a.id === huge)
    expect(item?.id).toBe(huge)
    expect(JSON.parse(JSON.stringify(item)).id).toBe(huge)
    expect(getActivityDetail(database.db, huge)?.stravaUrl).toBe(
      'https://www.strava.com/activities/9007199254740991',
    )
  })
})

describe('query validation', () => {
  it('refuses out-of-bounds queries with INVALID_INPUT', () => {
    const bad: unknown[] = [
      { search: 'x'.repeat(201) },
      { sportTypes: Array.from({ length: 51 }, () => 'Run') },
      { sportTypes: [''] },
      { after: 'yesterday' },
      { before: '2024-13-01' },
      { after: '2024-05-01T06:30' },
      { minDistance: -1 },
      { maxDistance: Number.POSITIVE_INFINITY },
      { sort: 'name' },
      { direction: 'up' },
      { offset: -1 },
      { offset: 1.5 },
      { limit: 0 },
      { limit: 501 },
      { includeDeleted: 'yes' },
      { unknown: true },
      null,
    ]
    for (const query of bad) {
      try {
        listActivities(database.db, query as ActivityQueryInput)
        expect.unreachable(JSON.stringify(query))
      } catch (error) {
        expect(isAppError(error, 'INVALID_INPUT'), JSON.stringify(query)).toBe(true)
        expect((error as Error).message).toMatch(/\.$/)
      }
    }
    expect(() => computeTotals(database.db, { period: 'day' } as never)).toThrow(/not valid/)
  })
})
