import type { TotalsPeriod } from './totals-periods'
import { RANGE_OPTIONS, type TotalsMetric, type TotalsRange } from './totals-view'
import { Segmented } from '../components/segmented'
import { SportTypeOptions } from '../components/sport-type-options'

export const PERIOD_OPTIONS: readonly { value: TotalsPeriod; label: string; noun: string }[] = [
  { value: 'week', label: 'Weekly', noun: 'week' },
  { value: 'month', label: 'Monthly', noun: 'month' },
  { value: 'year', label: 'Yearly', noun: 'year' },
]

export const METRIC_OPTIONS: readonly { value: TotalsMetric; label: string }[] = [
  { value: 'distance', label: 'Distance' },
  { value: 'time', label: 'Time' },
  { value: 'elevation', label: 'Elevation' },
]

export interface TotalsSelection {
  period: TotalsPeriod
  /** Null for all sports. */
  sportType: string | null
  metric: TotalsMetric
  range: TotalsRange
}

/** Period, sport, metric and range, each a labelled native control. */
export function TotalsControls({
  selection,
  sportTypes,
  onChange,
}: {
  selection: TotalsSelection
  sportTypes: readonly string[]
  onChange: (patch: Partial<TotalsSelection>) => void
}) {
  const ranges = RANGE_OPTIONS[selection.period]
  // A sport chosen before it left the library (all its activities purged) stays selectable.
  const sports =
    selection.sportType && !sportTypes.includes(selection.sportType)
      ? [...sportTypes, selection.sportType]
      : sportTypes
  return (
    <div className="totals-controls">
      <Segmented
        legend="Period"
        name="totals-period"
        options={PERIOD_OPTIONS}
        value={selection.period}
        onChange={(period) => onChange({ period })}
      />
      <label className="totals-select">
        Sport
        <select
          value={selection.sportType ?? ''}
          onChange={(e) => onChange({ sportType: e.target.value === '' ? null : e.target.value })}
        >
          <SportTypeOptions sportTypes={sports} />
        </select>
      </label>
      <Segmented
        legend="Show"
        name="totals-metric"
        options={METRIC_OPTIONS}
        value={selection.metric}
        onChange={(metric) => onChange({ metric })}
      />
      <label className="totals-select">
        Range
        <select
          value={String(selection.range)}
          onChange={(e) => {
            const picked = ranges.find((r) => String(r.value) === e.target.value)
            if (picked) onChange({ range: picked.value })
          }}
        >
          {ranges.map((r) => (
            <option key={String(r.value)} value={String(r.value)}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
