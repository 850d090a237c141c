import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { markDeletedOnStrava, upsertSummaries } from '../../../../src/main/core/db/activities-repo'
import { isAppError } from '../../../../src/main/core/errors'
import {
  computeTotals,
  countActivities,
  getActivityDetail,
  listActivities,
  listAllActivities,
  listSportTypes,
} from '../../../../src/main/core/library/activity-queries'
import {
  summaryActivitySchema,
  type SummaryActivity,
} from '../../../../src/main/core/strava/activity-schemas'
import type { ActivityQueryInput } from '../../../../src/shared/library-query'
import type { EmulatorActivity } from '../../../strava-emulator'
import { toSummary } from '../../../strava-emulator/representation'
import {
  ACTIVITIES,
  NOW,
  SUMMARIES,
  fold,
  idsWhere,
  sorted,
  startMs,
  useQueryLibrary,
} from '../../../helpers/query-library'

const library = useQueryLibrary()
const { idsOf } = library

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
      expect(() => listActivities(library.database.db, { fromDate }), fromDate).toThrow(/not valid/)
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
    expect(countActivities(library.database.db, query)).toBe(expected.length)
  })
})

describe('sorting and paging', () => {
  const list = (query: ActivityQueryInput) =>
    listAllActivities(library.database.db, query).map((a) => a.id)
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
        const page = listActivities(library.database.db, { sort, offset, limit: 37 })
        expect(page.total).toBe(SUMMARIES.length)
        expect(page).toMatchObject({ offset, limit: 37 })
        if (page.items.length === 0) break
        seen.push(...page.items.map((a) => a.id))
      }
      expect(seen, sort).toEqual(list({ sort }))
    }
  })

  it('defaults to the first 100 and reports the total past the end', () => {
    const first = listActivities(library.database.db)
    expect(first.items).toHaveLength(100)
    expect(first).toMatchObject({ total: SUMMARIES.length, offset: 0, limit: 100 })
    const one = listActivities(library.database.db, { search: 'DROP TABLE' })
    expect(one).toMatchObject({ total: 1, items: [{ name: "Robert'); DROP TABLE activities;--" }] })
    expect(listActivities(library.database.db, { search: 'no such name' }).total).toBe(0)
    const past = listActivities(library.database.db, { offset: 10_000, search: 'morning' })
    expect(past.items).toEqual([])
    expect(past.total).toBe(idsWhere((s) => fold(s.name).includes('morning')).length)
  })
})

describe('activities deleted on Strava', () => {
  it('are left out unless asked for, and then carry when they were found deleted', () => {
    const gone = [SUMMARIES[0], SUMMARIES[60], SUMMARIES[61]].map((s) => (s as SummaryActivity).id)
    const deletedAt = NOW + 5000
    markDeletedOnStrava(library.database.db, gone, deletedAt)
    expect(idsOf({})).toEqual(idsWhere((s) => !gone.includes(s.id)))
    expect(countActivities(library.database.db)).toBe(SUMMARIES.length - 3)
    expect(listActivities(library.database.db).total).toBe(SUMMARIES.length - 3)
    const all = listAllActivities(library.database.db, { includeDeleted: true })
    expect(all).toHaveLength(SUMMARIES.length)
    for (const item of all) {
      expect(item.deletedAt).toBe(gone.includes(item.id) ? new Date(deletedAt).toISOString() : null)
    }
    expect(countActivities(library.database.db, { includeDeleted: true })).toBe(SUMMARIES.length)
  })

  it('do not keep a sport type in the list of sports on their own', () => {
    const sports = [...new Set(SUMMARIES.map((s) => s.sport_type as string))].sort()
    expect(listSportTypes(library.database.db)).toEqual(sports)
    const swims = SUMMARIES.filter((s) => s.sport_type === 'Swim').map((s) => s.id)
    expect(swims.length).toBeGreaterThan(0)
    markDeletedOnStrava(library.database.db, swims, NOW)
    expect(listSportTypes(library.database.db)).toEqual(sports.filter((s) => s !== 'Swim'))
  })
})

describe('totals while the library changes', () => {
  const total = (query: ActivityQueryInput) =>
    listActivities(library.database.db, { ...query, limit: 1 }).total

  it('follow every write, from this connection or another process', () => {
    const { db, sqlite, file } = library.database
    const search = { search: 'zz renamed zz' }
    expect(total(search)).toBe(0)
    const everything = total({})
    expect(total({})).toBe(everything)

    const first = SUMMARIES[10] as SummaryActivity
    upsertSummaries(db, [{ ...first, name: 'ZZ renamed ZZ' }], NOW)
    expect(total(search)).toBe(1)

    markDeletedOnStrava(db, [first.id], NOW)
    expect(total(search)).toBe(0)
    expect(total({})).toBe(everything - 1)
    expect(total({ includeDeleted: true })).toBe(everything)

    // A sync in another process (the command line) writes through its own connection.
    const other = new Database(file)
    try {
      const before = total({})
      other
        .prepare('DELETE FROM activities WHERE id = ?')
        .run((SUMMARIES[12] as SummaryActivity).id)
      expect(total({})).toBe(before - 1)
      const rename = other.prepare(
        "UPDATE activities SET name = 'ZZ renamed ZZ', search_name = 'zz renamed zz' WHERE id = ?",
      )
      for (const i of [13, 14, 15]) rename.run((SUMMARIES[i] as SummaryActivity).id)
      expect(total(search)).toBe(3)
      rename.run((SUMMARIES[16] as SummaryActivity).id)
      expect(total(search)).toBe(4)
      // This connection, a raw statement.
      sqlite
        .prepare('DELETE FROM activities WHERE id = ?')
        .run((SUMMARIES[13] as SummaryActivity).id)
      expect(total(search)).toBe(3)
      expect(total({})).toBe(before - 2)
    } finally {
      other.close()
    }
  })

  it('counts each filter on its own', () => {
    const runs = SUMMARIES.filter((s) => s.sport_type === 'Run').length
    const rides = SUMMARIES.filter((s) => s.sport_type === 'Ride').length
    for (let i = 0; i < 3; i++) {
      expect(total({ sportTypes: ['Run'] })).toBe(runs)
      expect(total({ sportTypes: ['Ride'] })).toBe(rides)
      expect(total({ sportTypes: ['Run'], sort: 'distance', offset: 3 })).toBe(runs)
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
    upsertSummaries(library.database.db, [summary], NOW)
    const item = listAllActivities(library.database.db, { search: summary.name }).find(
      (a) => a.id === huge,
    )
    expect(item?.id).toBe(huge)
    expect(JSON.parse(JSON.stringify(item)).id).toBe(huge)
    expect(getActivityDetail(library.database.db, huge)?.stravaUrl).toBe(
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
        listActivities(library.database.db, query as ActivityQueryInput)
        expect.unreachable(JSON.stringify(query))
      } catch (error) {
        expect(isAppError(error, 'INVALID_INPUT'), JSON.stringify(query)).toBe(true)
        expect((error as Error).message).toMatch(/\.$/)
      }
    }
    expect(() => computeTotals(library.database.db, { period: 'day' } as never)).toThrow(
      /not valid/,
    )
  })
})
