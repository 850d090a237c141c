import {
  formatElevation,
  formatTotalDistance,
  formatTotalDuration,
  type Units,
} from '../format/units'
import type { DateStyle } from '../format/dates'
import { formatPeriodLabel, type TotalsPeriod } from './totals-periods'
import type { PeriodSum } from './totals-view'

/** The numbers behind the chart, newest period first, with the range's total at the foot. */
export function TotalsTable({
  caption,
  period,
  periods,
  total,
  units,
  dates,
}: {
  caption: string
  period: TotalsPeriod
  periods: readonly PeriodSum[]
  total: PeriodSum
  units: Units
  dates: DateStyle
}) {
  const newestFirst = [...periods].reverse()
  return (
    <div className="totals-table-wrap">
      <table className="totals-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Activities</th>
            <th scope="col">Distance</th>
            <th scope="col">Time</th>
            <th scope="col">Elevation</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((sum) => (
            <SumRow
              key={sum.period}
              label={formatPeriodLabel(period, sum.period, dates)}
              sum={sum}
              units={units}
            />
          ))}
        </tbody>
        <tfoot>
          <SumRow label="Total" sum={total} units={units} />
        </tfoot>
      </table>
    </div>
  )
}

function SumRow({ label, sum, units }: { label: string; sum: PeriodSum; units: Units }) {
  const empty = sum.count === 0
  return (
    <tr className={empty ? 'totals-empty-row' : undefined}>
      <th scope="row">{label}</th>
      <td>{sum.count.toLocaleString('en')}</td>
      <td>{empty ? '–' : formatTotalDistance(sum.distance, units)}</td>
      <td>{empty ? '–' : formatTotalDuration(sum.movingTime)}</td>
      <td>{empty ? '–' : formatElevation(sum.elevationGain, units)}</td>
    </tr>
  )
}
