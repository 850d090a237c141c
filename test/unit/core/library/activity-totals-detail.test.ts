import { describe, expect, it } from 'vitest'
import {
  markDeletedOnStrava,
  readStreams,
  storeDetail,
  storeStreams,
} from '../../../../src/main/core/db/activities-repo'
import {
  computeTotals,
  getActivityDetail,
} from '../../../../src/main/core/library/activity-queries'
import {
  detailedActivitySchema,
  type StreamSet,
  type SummaryActivity,
} from '../../../../src/main/core/strava/activity-schemas'
import type { EmulatorActivity } from '../../../strava-emulator'
import { toDetail } from '../../../strava-emulator/representation'
import { generateStreams } from '../../../strava-emulator/streams'
import { ACTIVITIES, NOW, SUMMARIES, useQueryLibrary } from '../../../helpers/query-library'

const library = useQueryLibrary()

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
    markDeletedOnStrava(library.database.db, gone, NOW)
    const live = SUMMARIES.filter((s) => !gone.includes(s.id))
    for (const period of ['week', 'month', 'year'] as const) {
      const { rows } = computeTotals(library.database.db, { period })
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
      return computeTotals(library.database.db, { period, sportType }).rows.map((r) => r.period)
    }
    expect(periodsOf('week', 30)).toContain('2020-W53')
    expect(periodsOf('year', 30)).toContain('2021')
    expect(periodsOf('week', 31)).toContain('2025-W01')
    expect(periodsOf('month', 31)).toContain('2024-12')
    // 23:30 UTC on 31 March is already April where it happened.
    expect(periodsOf('month', 32)).toContain('2024-04')
  })

  it('filter by one sport type', () => {
    const { rows } = computeTotals(library.database.db, { period: 'year', sportType: 'Run' })
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
    const { db } = library.database
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
    storeDetail(library.database.db, detail, NOW)
    const dto = getActivityDetail(library.database.db, withStreams.id)
    expect(dto?.laps).toHaveLength(1)
    expect(dto?.splits).toEqual([])
    expect(dto && 'calories' in dto).toBe(false)
  })

  it('has no streams for a manual activity and no detail before it is fetched', () => {
    const dto = getActivityDetail(library.database.db, manual.id)
    expect(dto).toMatchObject({ isManual: true, hasStreams: false, streams: null })
    expect(dto).toMatchObject({ description: null, laps: [], splits: [] })
  })

  it('is null for an id the library does not hold', () => {
    for (const id of [1, -5, 0, 1.5, Number.NaN, 2 ** 60]) {
      expect(getActivityDetail(library.database.db, id), String(id)).toBeNull()
    }
  })
})
