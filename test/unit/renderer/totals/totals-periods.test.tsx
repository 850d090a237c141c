// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  currentPeriodKey,
  enumeratePeriods,
  formatPeriodLabel,
  isoWeekKey,
  isoWeekMonday,
  lastPeriods,
  stepPeriodKey,
} from '../../../../src/renderer/src/totals/totals-periods'
import { sportLabel } from '../../../../src/shared/sport-label'
import { buildTotalsView } from '../../../../src/renderer/src/totals/totals-view'
import { DAY_MONTH_24H, MONTH_DAY_12H } from '../../../../src/renderer/src/format/dates'

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('ISO weeks, as SQLite %G-W%V writes them', () => {
  it.each([
    ['2024-01-01', '2024-W01'],
    ['2024-12-29', '2024-W52'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-11-23', '2026-W48'],
  ])('%s is in %s', (date, key) => {
    expect(isoWeekKey(utc(date)), date).toBe(key)
  })

  it('finds the Monday of a week, across year ends', () => {
    expect(isoWeekMonday('2025-W01')?.toISOString().slice(0, 10)).toBe('2024-12-30')
    expect(isoWeekMonday('2020-W53')?.toISOString().slice(0, 10)).toBe('2020-12-28')
    expect(isoWeekMonday('2024-05')).toBeNull()
  })

  it('steps from week 53 into the next year and back', () => {
    expect(stepPeriodKey('week', '2020-W53', 1)).toBe('2021-W01')
    expect(stepPeriodKey('week', '2021-W01', -1)).toBe('2020-W53')
    expect(stepPeriodKey('week', '2024-W52', 1)).toBe('2025-W01')
  })
})

describe('period keys', () => {
  it('steps months and years', () => {
    expect(stepPeriodKey('month', '2024-12', 1)).toBe('2025-01')
    expect(stepPeriodKey('month', '2024-01', -1)).toBe('2023-12')
    expect(stepPeriodKey('month', '2024-05', -23)).toBe('2022-06')
    expect(stepPeriodKey('year', '2024', -1)).toBe('2023')
    expect(stepPeriodKey('month', '2024-W05', 1)).toBeNull()
  })

  it('lists every period between two keys, gaps included', () => {
    expect(enumeratePeriods('month', '2023-11', '2024-02')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ])
    expect(lastPeriods('week', '2025-W02', 3)).toEqual(['2024-W52', '2025-W01', '2025-W02'])
    expect(enumeratePeriods('year', '2025', '2024')).toEqual([])
  })

  it('takes the current period from the local calendar', () => {
    const now = new Date(2024, 11, 31, 23, 30)
    expect(currentPeriodKey('year', now)).toBe('2024')
    expect(currentPeriodKey('month', now)).toBe('2024-12')
    expect(currentPeriodKey('week', now)).toBe('2025-W01')
  })

  it('names periods for the table', () => {
    expect(formatPeriodLabel('month', '2024-05', DAY_MONTH_24H)).toBe('May 2024')
    expect(formatPeriodLabel('week', '2025-W01', DAY_MONTH_24H)).toBe('Week 1 · from 30 Dec 2024')
    expect(formatPeriodLabel('week', '2025-W01', MONTH_DAY_12H)).toBe('Week 1 · from Dec 30, 2024')
    expect(formatPeriodLabel('year', '2024', MONTH_DAY_12H)).toBe('2024')
  })
})

describe('buildTotalsView', () => {
  const row = (period: string, sportType: string, distance: number) => ({
    period,
    sportType,
    count: 1,
    distance,
    movingTime: 3600,
    elevationGain: 100,
  })

  it('keeps data newer than today (a start place ahead of the local clock) in view', () => {
    const view = buildTotalsView([row('2024-07', 'Run', 1000)], {
      period: 'month',
      range: 2,
      metric: 'distance',
      units: 'metric',
      now: new Date(2024, 5, 30),
    })
    expect(view.periods.map((p) => p.period)).toEqual(['2024-06', '2024-07'])
    expect(view.total.count).toBe(1)
  })

  it('spans from the first activity for "all", and sums only what is in range', () => {
    const rows = [row('2022-01', 'Ride', 5000), row('2024-05', 'Run', 1000)]
    const options = { period: 'month', metric: 'distance', units: 'metric' } as const
    const all = buildTotalsView(rows, { ...options, range: 'all', now: new Date(2024, 4, 2) })
    expect(all.periods).toHaveLength(29)
    expect(all.sports).toEqual(['Ride', 'Run'])
    expect(all.total.distance).toBe(6000)
    const recent = buildTotalsView(rows, { ...options, range: 12, now: new Date(2024, 4, 2) })
    expect(recent.sports).toEqual(['Run'])
    expect(recent.values).toEqual([[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]])
  })

  it('labels sport types in words', () => {
    expect(sportLabel('TrailRun')).toBe('Trail Run')
    expect(sportLabel('EBikeRide')).toBe('E-Bike Ride')
    expect(sportLabel('Run')).toBe('Run')
  })
})
