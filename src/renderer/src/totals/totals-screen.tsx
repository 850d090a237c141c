import { useMemo, useState } from 'react'
import type { DateStyle } from '../format/dates'
import type { Units } from '../format/units'
import { usePreferences } from '../preferences-context'
import { TotalsChart, type ChartSeries } from './totals-chart'
import { PERIOD_OPTIONS, TotalsControls, type TotalsSelection } from './totals-controls'
import { axisPeriodParts, formatPeriodLabel, type TotalsPeriod } from './totals-periods'
import { TotalsTable } from './totals-table'
import {
  buildTotalsView,
  DEFAULT_RANGE,
  formatMetricValue,
  metricAxisLabel,
  RANGE_OPTIONS,
  sportColor,
  type TotalsMetric,
  type TotalsView,
} from './totals-view'
import { sportLabel } from '../../../shared/sport-label'
import { useTotals } from './use-totals'
import './totals.css'

const INITIAL: TotalsSelection = {
  period: 'month',
  sportType: null,
  metric: 'distance',
  range: DEFAULT_RANGE.month,
}

/** Distance, time and elevation per week, month or year: a stacked chart and its table. */
export function TotalsScreen() {
  const { units, dates } = usePreferences()
  const [selection, setSelection] = useState<TotalsSelection>(INITIAL)
  const { state } = useTotals(selection.period, selection.sportType)

  function change(patch: Partial<TotalsSelection>) {
    setSelection((s) => {
      const next = { ...s, ...patch }
      // Each period has its own sensible window.
      if (patch.period && patch.period !== s.period) next.range = DEFAULT_RANGE[patch.period]
      return next
    })
  }

  const sportTypes = state.kind === 'ready' ? state.sportTypes : []
  return (
    <section className="totals" aria-labelledby="totals-title">
      <header className="totals-header">
        <h1 id="totals-title">Totals</h1>
        <TotalsControls selection={selection} sportTypes={sportTypes} onChange={change} />
      </header>
      {state.kind === 'loading' && <p aria-busy="true">Loading totals…</p>}
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' &&
        (state.sportTypes.length === 0 ? (
          <EmptyTotals />
        ) : (
          <TotalsBody
            rows={state.totals.rows}
            selection={{ ...selection, period: state.period, sportType: state.sportType }}
            allSports={state.sportTypes}
            units={units}
            dates={dates}
          />
        ))}
    </section>
  )
}

function EmptyTotals() {
  return (
    <div className="totals-empty">
      <h2>Nothing backed up yet</h2>
      <p>
        Your weekly, monthly and yearly distance, time and elevation appear here as soon as the
        first activities are backed up. The bar above shows how the backup is going.
      </p>
    </div>
  )
}

function TotalsBody({
  rows,
  selection,
  allSports,
  units,
  dates,
}: {
  rows: Parameters<typeof buildTotalsView>[0]
  selection: TotalsSelection
  allSports: readonly string[]
  units: Units
  dates: DateStyle
}) {
  const { period, metric, range } = selection
  // Recomputed only when what it depends on changes, so the chart is not rebuilt on every render.
  const view = useMemo(
    () => buildTotalsView(rows, { period, range, metric, units, now: new Date() }),
    [rows, period, range, metric, units],
  )
  const rangeLabel = RANGE_OPTIONS[period].find((r) => r.value === range)?.label ?? ''
  const chart = useMemo(
    () => chartProps(view, period, metric, rangeLabel, allSports, units, dates),
    [view, period, metric, rangeLabel, allSports, units, dates],
  )
  const noun = PERIOD_OPTIONS.find((p) => p.value === period)?.label ?? ''
  const sport = selection.sportType ? sportLabel(selection.sportType) : 'All sports'
  return (
    <>
      {view.total.count === 0 && (
        <p className="note">
          No activities in this range. Choose a longer range to see earlier ones.
        </p>
      )}
      <TotalsChart {...chart} />
      <TotalsTable
        caption={`${noun} totals · ${sport} · ${rangeLabel}, newest first`}
        period={period}
        periods={view.periods}
        total={view.total}
        units={units}
        dates={dates}
      />
    </>
  )
}

function chartProps(
  view: TotalsView,
  period: TotalsPeriod,
  metric: TotalsMetric,
  rangeLabel: string,
  allSports: readonly string[],
  units: Units,
  dates: DateStyle,
) {
  const series: ChartSeries[] = view.sports.map((sport, i) => ({
    label: sportLabel(sport),
    color: sportColor(sport, allSports),
    values: view.values[i] ?? [],
  }))
  const noun = PERIOD_OPTIONS.find((p) => p.value === period)?.noun ?? ''
  return {
    axisLabels: view.periods.map((p) => axisPeriodParts(period, p.period, dates)),
    periodNames: view.periods.map((p) => formatPeriodLabel(period, p.period, dates)),
    rangeLabel,
    series,
    yLabel: metricAxisLabel(metric, units),
    formatValue: (value: number) => formatMetricValue(value, metric, units),
    description: `${METRIC_WORDS[metric]} per ${noun}, stacked by sport. The table below lists the numbers.`,
  }
}

const METRIC_WORDS: Record<TotalsMetric, string> = {
  distance: 'Distance',
  time: 'Moving time',
  elevation: 'Elevation gain',
}
