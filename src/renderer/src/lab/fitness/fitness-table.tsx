import { useMemo, useState } from 'react'
import type { FitnessDayDto } from '../../../../shared/lab-dto'
import { formatCalendarDay } from '../../format/dates'
import { usePreferences } from '../../preferences-context'
import { formatForm, formatScore } from '../lab-format'
import { daySeconds } from './fitness-chart'
import { formZoneOf } from './form-zones'

const PAGE = 60

/** The days with a load in the shown range, newest first: the chart's numbers. */
export function FitnessTable({
  days,
  range,
  onDay,
}: {
  days: FitnessDayDto[]
  range: [number, number]
  onDay: (date: string) => void
}) {
  const { dates } = usePreferences()
  const [limit, setLimit] = useState(PAGE)
  const rows = useMemo(
    () =>
      days
        .filter((d) => d.load > 0)
        .filter((d) => daySeconds(d.date) >= range[0] && daySeconds(d.date) < range[1])
        .reverse(),
    [days, range],
  )
  return (
    <div className="lab-table-wrap">
      <table className="lab-table">
        <caption>Days with training in the period shown, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Load</th>
            <th scope="col">Fitness</th>
            <th scope="col">Fatigue</th>
            <th scope="col">Form</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((d) => (
            <tr key={d.date}>
              <th scope="row">
                <button type="button" className="lab-link" onClick={() => onDay(d.date)}>
                  {formatCalendarDay(new Date(`${d.date}T00:00:00Z`), dates)}
                </button>
              </th>
              <td>{formatScore(d.load)}</td>
              <td>{formatScore(d.fitness)}</td>
              <td>{formatScore(d.fatigue)}</td>
              <td title={formZoneOf(d.form).name}>{formatForm(d.form)}</td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="note">
                No training in this period.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {rows.length > limit && (
        <button
          type="button"
          className="link-button lab-more"
          onClick={() => setLimit((l) => l + PAGE)}
        >
          Show {Math.min(PAGE, rows.length - limit)} more of {rows.length}
        </button>
      )}
    </div>
  )
}
