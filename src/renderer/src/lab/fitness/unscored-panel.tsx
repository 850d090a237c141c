import { getApi } from '../../api'
import { formatLocalDate } from '../../format/dates'
import { usePreferences } from '../../preferences-context'
import { sportLabel } from '../../../../shared/sport-label'
import { ActivityLink } from '../activity-link'
import { useLabData } from '../use-lab-data'

/** Activities that count as 0, newest first, each with what it lacked. */
export function UnscoredPanel() {
  const { dates } = usePreferences()
  const { state, data } = useLabData(() => getApi().lab.unscored(), 'unscored')
  if (state.kind === 'error')
    return (
      <p role="alert" className="error">
        {state.message}
      </p>
    )
  if (!data) return <p aria-busy="true">Loading…</p>
  return (
    <section className="lab-card" aria-label="Unscored activities">
      <ul className="lab-unscored">
        {data.activities.map((a) => (
          <li key={a.id}>
            <ActivityLink activity={a} />{' '}
            <span className="note">
              {sportLabel(a.sportType)}, {formatLocalDate(a.startDateLocal, dates)}: missing{' '}
              {a.missing.join(', ')}
            </span>
          </li>
        ))}
      </ul>
      {data.total > data.activities.length && (
        <p className="note">
          The {data.activities.length} newest of {data.total.toLocaleString('en')}.
        </p>
      )}
    </section>
  )
}
