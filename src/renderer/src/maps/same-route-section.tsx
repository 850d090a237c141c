import { useEffect, useMemo, useState } from 'react'
import type { MapActivityDto, StretchRowDto } from '../../../shared/maps-dto'
import { getApi } from '../api'
import { formatLocalDate, type DateStyle } from '../format/dates'
import { formatDistance, formatDuration, formatSpeed, type Units } from '../format/units'
import { TimeChart } from './time-chart'
import type { StretchController } from './use-stretch'

/**
 * The other activities on this route (same way round), their times over the years, and a
 * comparison on any stretch the user picks on the map.
 */
export function SameRouteSection({
  activity,
  units,
  dates,
  stretch,
}: {
  activity: MapActivityDto
  units: Units
  dates: DateStyle
  stretch: StretchController
}) {
  const [others, setOthers] = useState<MapActivityDto[] | null>(null)
  useEffect(() => {
    let live = true
    getApi()
      .maps.similar({ id: activity.id })
      .then(
        (list) => live && setOthers(list),
        () => live && setOthers([]),
      )
    return () => {
      live = false
    }
  }, [activity.id])

  const all = useMemo(
    () =>
      others
        ? [...others, activity].sort((a, b) => Date.parse(a.startDate) - Date.parse(b.startDate))
        : [],
    [others, activity],
  )
  const chart = useMemo(
    () => ({
      dates: all.map((a) => Date.parse(a.startDate) / 1000),
      series: [
        {
          label: 'Moving time',
          color: '#e03131',
          points: true,
          values: all.map((a) => a.movingTime),
        },
      ],
    }),
    [all],
  )
  if (!others || others.length === 0) return null
  const { state } = stretch
  return (
    <section className="detail-section same-route" aria-labelledby="same-route-title">
      <h3 id="same-route-title" className="detail-section-title">
        Same route
        <span className="detail-section-note">
          {others.length} other {others.length === 1 ? 'time' : 'times'}, same way round
        </span>
      </h3>
      <TimeChart
        dates={chart.dates}
        series={chart.series}
        description="Moving time on this route over the years"
        formatValue={formatDuration}
        height={170}
      />
      <div className="same-route-actions">
        {state.picking ? (
          <button type="button" onClick={stretch.cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={stretch.start}>
            Compare a stretch…
          </button>
        )}
        {state.picking && (
          <span className="maps-note">Click the stretch’s start and end on the map above.</span>
        )}
        {state.error && (
          <span className="error" role="alert">
            {state.error}
          </span>
        )}
      </div>
      {state.result ? (
        <StretchTable rows={state.result.rows} current={activity.id} units={units} dates={dates} />
      ) : (
        <table className="same-route-table" aria-label="Activities on this route">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Distance</th>
              <th scope="col">Moving time</th>
              <th scope="col">Pace</th>
            </tr>
          </thead>
          <tbody>
            {[...all].reverse().map((a) => (
              <tr key={a.id} aria-current={a.id === activity.id ? 'true' : undefined}>
                <td>{formatLocalDate(a.startDateLocal, dates)}</td>
                <td>{formatDistance(a.distance, units)}</td>
                <td>{formatDuration(a.movingTime)}</td>
                <td>{formatSpeed(a.distance / a.movingTime, a.sportType, units)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function StretchTable({
  rows,
  current,
  units,
  dates,
}: {
  rows: StretchRowDto[]
  current: number
  units: Units
  dates: DateStyle
}) {
  const fastest = Math.min(...rows.map((r) => r.seconds))
  return (
    <table className="same-route-table" aria-label="The stretch in each activity">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Stretch</th>
          <th scope="col">Time</th>
          <th scope="col">Pace</th>
          <th scope="col">Heart rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} aria-current={r.id === current ? 'true' : undefined}>
            <td>{formatLocalDate(r.startDateLocal, dates)}</td>
            <td>{formatDistance(r.metres, units)}</td>
            <td>
              {formatDuration(r.seconds)}
              {r.seconds === fastest && rows.length > 1 ? ' · fastest' : ''}
            </td>
            <td>{r.seconds > 0 ? formatSpeed(r.metres / r.seconds, r.sportType, units) : '–'}</td>
            <td>{r.heartrate === null ? '–' : `${Math.round(r.heartrate)} bpm`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
