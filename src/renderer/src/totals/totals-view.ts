/** Turns the core's totals rows into what the chart and the table show. Pure, no React. */
import type { TotalsRowDto } from '../../../shared/library-dto'
import {
  convertDistance,
  convertElevation,
  distanceUnitLabel,
  elevationUnitLabel,
  formatTotalDuration,
  type Units,
} from '../format/units'
import {
  currentPeriodKey,
  enumeratePeriods,
  lastPeriods,
  stepPeriodKey,
  type TotalsPeriod,
} from './totals-periods'

export type TotalsMetric = 'distance' | 'time' | 'elevation'

/** How many periods to show: a number of the latest ones, or all since the first activity. */
export type TotalsRange = number | 'all'

export interface RangeOption {
  value: TotalsRange
  label: string
}

export const RANGE_OPTIONS: Record<TotalsPeriod, readonly RangeOption[]> = {
  week: [
    { value: 12, label: 'Last 12 weeks' },
    { value: 26, label: 'Last 26 weeks' },
    { value: 52, label: 'Last 52 weeks' },
    { value: 'all', label: 'All weeks' },
  ],
  month: [
    { value: 12, label: 'Last 12 months' },
    { value: 24, label: 'Last 24 months' },
    { value: 60, label: 'Last 5 years' },
    { value: 'all', label: 'All months' },
  ],
  year: [
    { value: 5, label: 'Last 5 years' },
    { value: 10, label: 'Last 10 years' },
    { value: 'all', label: 'All years' },
  ],
}

export const DEFAULT_RANGE: Record<TotalsPeriod, TotalsRange> = {
  week: 26,
  month: 24,
  year: 'all',
}

export interface PeriodSum {
  period: string
  count: number
  distance: number
  movingTime: number
  elevationGain: number
}

export interface TotalsView {
  /** Oldest first, gaps filled with empty periods. */
  periods: PeriodSum[]
  /** Sport types present in the visible periods, alphabetical. */
  sports: string[]
  /** Per sport (same order as `sports`), the metric per period in display units. */
  values: number[][]
  total: PeriodSum
}

const emptySum = (period: string): PeriodSum => ({
  period,
  count: 0,
  distance: 0,
  movingTime: 0,
  elevationGain: 0,
})

/** The metric of one row (or sum) in the user's units: km/mi, hours, m/ft. */
export function metricValue(
  sum: Pick<PeriodSum, 'distance' | 'movingTime' | 'elevationGain'>,
  metric: TotalsMetric,
  units: Units,
): number {
  switch (metric) {
    case 'distance':
      return convertDistance(sum.distance, units)
    case 'time':
      return sum.movingTime / 3600
    case 'elevation':
      return convertElevation(sum.elevationGain, units)
  }
}

export function metricAxisLabel(metric: TotalsMetric, units: Units): string {
  switch (metric) {
    case 'distance':
      return `Distance (${distanceUnitLabel(units)})`
    case 'time':
      return 'Moving time (h)'
    case 'elevation':
      return `Elevation gain (${elevationUnitLabel(units)})`
  }
}

/** A metric value already in display units, as text: `12.3 km`, `4h 05m`, `1,234 ft`. */
export function formatMetricValue(value: number, metric: TotalsMetric, units: Units): string {
  switch (metric) {
    case 'distance':
      return `${value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${distanceUnitLabel(units)}`
    case 'time':
      return formatTotalDuration(value * 3600)
    case 'elevation':
      return `${Math.round(value).toLocaleString('en')} ${elevationUnitLabel(units)}`
  }
}

/** Which period keys a range covers, ending with this period (or the latest data, if later). */
export function visiblePeriods(
  rows: readonly TotalsRowDto[],
  period: TotalsPeriod,
  range: TotalsRange,
  now: Date,
): string[] {
  const current = currentPeriodKey(period, now)
  const latestData = rows.at(-1)?.period
  const last = latestData && latestData > current ? latestData : current
  if (range !== 'all') return lastPeriods(period, last, range)
  const earliest = rows[0]?.period
  const valid = earliest !== undefined && stepPeriodKey(period, earliest, 0) !== null
  return enumeratePeriods(period, valid && earliest < last ? earliest : last, last)
}

export function buildTotalsView(
  rows: readonly TotalsRowDto[],
  options: {
    period: TotalsPeriod
    range: TotalsRange
    metric: TotalsMetric
    units: Units
    now: Date
  },
): TotalsView {
  const keys = visiblePeriods(rows, options.period, options.range, options.now)
  const index = new Map(keys.map((key, i) => [key, i]))
  const periods = keys.map(emptySum)
  const total = emptySum('total')
  const sportRows = new Map<string, TotalsRowDto[]>()
  for (const row of rows) {
    const at = index.get(row.period)
    const sum = at === undefined ? undefined : periods[at]
    if (!sum) continue
    for (const target of [sum, total]) {
      target.count += row.count
      target.distance += row.distance
      target.movingTime += row.movingTime
      target.elevationGain += row.elevationGain
    }
    const list = sportRows.get(row.sportType) ?? []
    list.push(row)
    sportRows.set(row.sportType, list)
  }
  const sports = [...sportRows.keys()].sort((a, b) => a.localeCompare(b, 'en'))
  const values = sports.map((sport) => {
    const series = keys.map(() => 0)
    for (const row of sportRows.get(sport) ?? []) {
      const at = index.get(row.period)
      if (at !== undefined) series[at] = metricValue(row, options.metric, options.units)
    }
    return series
  })
  return { periods, sports, values, total }
}

/** Mid-tone colours that read on the light and the dark background alike. */
const PALETTE = [
  '#f28e2b',
  '#4e79a7',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#8cd17d',
  '#86bcb6',
  '#d4a6c8',
] as const

/** The same sport keeps its colour whichever filter is on: indexed in the full sport list. */
export function sportColor(sportType: string, allSports: readonly string[]): string {
  const at = allSports.indexOf(sportType)
  let index = at
  if (index < 0) {
    index = 0
    for (const char of sportType) index = (index * 31 + char.charCodeAt(0)) >>> 0
  }
  return PALETTE[index % PALETTE.length] ?? PALETTE[0]
}
