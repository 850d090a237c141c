import { useRef, useState } from 'react'
import type { YearReviewDto } from '../../../../shared/lab-dto'
import { errorMessage, getApi } from '../../api'
import { formatCalendarDay, formatLocalDate } from '../../format/dates'
import {
  formatDistance,
  formatElevation,
  formatTotalDistance,
  formatTotalDuration,
  formatDuration,
} from '../../format/units'
import { usePreferences } from '../../preferences-context'
import { sportLabel } from '../../../../shared/sport-label'
import { ActivityLink } from '../activity-link'
import { effortDistanceLabel, formatEffortTime, formatScore } from '../lab-format'
import { useLabData } from '../use-lab-data'
import { drawReview } from './draw-review'
import { YearSelect } from '../year-select'

const remembered: { year: number } = { year: new Date().getFullYear() }

/** A year in review: totals, the longest and the hilliest, records, the busiest week; as one PNG too. */
export function ReviewView() {
  const prefs = usePreferences()
  const { units, dates } = prefs
  const [year, setYear] = useState(remembered.year)
  const { state, data } = useLabData(() => getApi().lab.yearReview({ year }), String(year))
  const [saved, setSaved] = useState<string | null>(null)
  const card = useRef<HTMLDivElement>(null)
  const years = data?.years.length ? data.years : [year]
  const save = async (review: YearReviewDto) => {
    setSaved(null)
    try {
      const png = drawReview(review, { units, dates }, card.current ?? document.body)
      const result = await getApi().lab.saveImage({
        name: `trailkeep-${review.year}-in-review`,
        pngBase64: png,
      })
      if (result) setSaved(`${result.summary} ${result.path}`)
    } catch (error) {
      setSaved(errorMessage(error))
    }
  }
  return (
    <div className="lab-view">
      <div className="lab-controls">
        <YearSelect
          year={year}
          years={years}
          onChange={(chosen) => {
            remembered.year = chosen
            setYear(chosen)
            setSaved(null)
          }}
        />
        {data && data.totals.activities > 0 && (
          <button type="button" onClick={() => void save(data)}>
            Save as PNG…
          </button>
        )}
        {saved && (
          <p className="note lab-controls-note" role="status">
            {saved}
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {data && data.totals.activities === 0 && (
        <p className="lab-empty">No activities in {year}.</p>
      )}
      {data && data.totals.activities > 0 && (
        <div className="lab-review" ref={card}>
          <h2>{data.year} in review</h2>
          <dl className="lab-figures lab-figures-wide">
            <Figure
              label="Activities"
              value={data.totals.activities.toLocaleString('en')}
              note={`on ${data.totals.activeDays} days`}
            />
            <Figure label="Distance" value={formatTotalDistance(data.totals.distance, units)} />
            <Figure label="Moving time" value={formatTotalDuration(data.totals.movingTime)} />
            <Figure label="Climbed" value={formatElevation(data.totals.elevation, units)} />
            <Figure
              label="Training load"
              value={formatScore(data.totals.load)}
              note="summed stress scores"
            />
          </dl>
          <div className="lab-grid">
            <section className="lab-card" aria-labelledby="review-highlights">
              <h3 id="review-highlights">Highlights</h3>
              <ul className="lab-facts">
                {data.longest && (
                  <li>
                    Longest:{' '}
                    <ActivityLink activity={data.longest}>
                      {formatDistance(data.longest.distance, units, 1)}
                    </ActivityLink>
                    , {data.longest.name}
                  </li>
                )}
                {data.longestTime && (
                  <li>
                    Longest time:{' '}
                    <ActivityLink activity={data.longestTime}>
                      {formatDuration(data.longestTime.movingTime)}
                    </ActivityLink>
                    , {data.longestTime.name}
                  </li>
                )}
                {data.biggestClimb && (
                  <li>
                    Biggest climb:{' '}
                    <ActivityLink activity={data.biggestClimb}>
                      {formatElevation(data.biggestClimb.elevation, units)}
                    </ActivityLink>
                    , {data.biggestClimb.name}
                  </li>
                )}
                {data.mostActiveWeek && (
                  <li>
                    Most active week:{' '}
                    {formatCalendarDay(
                      new Date(`${data.mostActiveWeek.weekStart}T00:00:00Z`),
                      dates,
                    )}
                    , {formatTotalDuration(data.mostActiveWeek.movingTime)} in{' '}
                    {data.mostActiveWeek.activities} activities
                  </li>
                )}
                {data.first && (
                  <li>
                    First: <ActivityLink activity={data.first} />,{' '}
                    {formatLocalDate(data.first.startDateLocal, dates)}
                  </li>
                )}
                {data.last && (
                  <li>
                    Last: <ActivityLink activity={data.last} />,{' '}
                    {formatLocalDate(data.last.startDateLocal, dates)}
                  </li>
                )}
              </ul>
            </section>
            <section className="lab-card" aria-labelledby="review-records">
              <h3 id="review-records">Records set</h3>
              {data.records.length === 0 ? (
                <p className="note">No all-time best effort was set this year.</p>
              ) : (
                <ul className="lab-facts">
                  {data.records.map((r) => (
                    <li key={`${r.family}:${r.distance}`}>
                      {r.family} {effortDistanceLabel(r.distance)}:{' '}
                      <ActivityLink activity={r.activity}>
                        {formatEffortTime(r.seconds)}
                      </ActivityLink>
                      , {formatLocalDate(r.activity.startDateLocal, dates)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <div className="lab-table-wrap">
            <table className="lab-table">
              <caption>By sport</caption>
              <thead>
                <tr>
                  <th scope="col">Sport</th>
                  <th scope="col">Activities</th>
                  <th scope="col">Distance</th>
                  <th scope="col">Time</th>
                  <th scope="col">Climbed</th>
                </tr>
              </thead>
              <tbody>
                {data.bySport.map((s) => (
                  <tr key={s.sportType}>
                    <th scope="row">{sportLabel(s.sportType)}</th>
                    <td>{s.activities}</td>
                    <td>{formatTotalDistance(s.distance, units)}</td>
                    <td>{formatTotalDuration(s.movingTime)}</td>
                    <td>{formatElevation(s.elevation, units)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  )
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
      {note && <dd className="note">{note}</dd>}
    </div>
  )
}
