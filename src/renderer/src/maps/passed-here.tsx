import type { MapActivityDto } from '../../../shared/maps-dto'
import { sportLabel } from '../../../shared/sport-label'
import { formatLocalDate, type DateStyle } from '../format/dates'
import { formatDistance, formatDuration, type Units } from '../format/units'

/** The activities whose line passes the spot clicked on the heatmap, newest first. */
export function PassedHere({
  activities,
  units,
  dates,
  onOpen,
}: {
  activities: MapActivityDto[]
  units: Units
  dates: DateStyle
  onOpen: (id: number) => void
}) {
  if (activities.length === 0) {
    return <p className="maps-note">No activity passed within a few pixels of that spot.</p>
  }
  return (
    <div className="passed-here">
      <h3 className="maps-heading">
        {activities.length === 50
          ? 'The newest 50 that passed here'
          : `${activities.length} passed here`}
      </h3>
      <ul aria-label="Activities that passed here">
        {activities.map((a) => (
          <li key={a.id}>
            <button type="button" className="link-button" onClick={() => onOpen(a.id)}>
              {a.name}
            </button>
            <span className="maps-muted">
              {formatLocalDate(a.startDateLocal, dates)} · {sportLabel(a.sportType)} ·{' '}
              {formatDistance(a.distance, units)} · {formatDuration(a.movingTime)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
