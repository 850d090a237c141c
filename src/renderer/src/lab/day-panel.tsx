import { getApi } from '../api'
import { formatCalendarDay } from '../format/dates'
import { formatDistance, formatDuration } from '../format/units'
import { usePreferences } from '../preferences-context'
import { sportLabel } from '../../../shared/sport-label'
import { ActivityLink } from './activity-link'
import { formatForm, formatScore } from './lab-format'
import { StressNote } from './stress-note'
import { useLabData } from './use-lab-data'

/** One local day: its activities with their stress scores explained, and that day's form. */
export function DayPanel({ date, onClose }: { date: string; onClose: () => void }) {
  const { units, dates } = usePreferences()
  const { state, data } = useLabData(() => getApi().lab.day({ date }), date)
  const title = formatCalendarDay(new Date(`${date}T00:00:00Z`), dates)
  return (
    <section className="lab-card lab-day" aria-labelledby="lab-day-title">
      <header className="lab-card-head">
        <h3 id="lab-day-title">{title}</h3>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {data && data.activities.length === 0 && <p className="note">No activity on this day.</p>}
      {data?.fitness && (
        <p className="lab-day-figures">
          Load <strong>{formatScore(data.fitness.load)}</strong> · fitness{' '}
          <strong>{formatScore(data.fitness.fitness)}</strong> · fatigue{' '}
          <strong>{formatScore(data.fitness.fatigue)}</strong> · form{' '}
          <strong>{formatForm(data.fitness.form)}</strong> (yesterday’s fitness minus yesterday’s
          fatigue)
        </p>
      )}
      <ul className="lab-day-list">
        {data?.activities.map((activity) => (
          <li key={activity.id}>
            <div className="lab-day-line">
              <ActivityLink activity={activity} />
              <span className="note">
                {sportLabel(activity.sportType)} · {formatDistance(activity.distance, units)} ·{' '}
                {formatDuration(activity.movingTime)}
              </span>
              <span className="lab-day-score">
                {activity.stress ? formatScore(activity.stress.score) : '…'}
              </span>
            </div>
            <StressNote stress={activity.stress} />
          </li>
        ))}
      </ul>
    </section>
  )
}
