import { useCallback, useState } from 'react'
import type { DistanceBestsDto } from '../../../../shared/lab-dto'
import { useSportTypes } from '../../activities/use-sport-types'
import { getApi } from '../../api'
import { formatLocalDate } from '../../format/dates'
import { usePreferences } from '../../preferences-context'
import { ActivityLink } from '../activity-link'
import {
  effortDistanceLabel,
  effortFamily,
  formatEffortPace,
  formatEffortTime,
} from '../lab-format'
import { SportSelect, useSportOptions } from '../sport-filter'
import { useLabData } from '../use-lab-data'
import { ProgressionChart } from './progression-chart'

const remembered: { sport: string; year: number | null } = { sport: 'Run', year: null }
const HAS_DISTANCES = (sport: string) => /Run$|Ride$/.test(sport) || sport === 'Swim'

/**
 * The fastest time over each standard distance found anywhere inside an activity: the ten best
 * of all time or of a year, each year's best, and how the record came down.
 */
export function BestsView() {
  const types = useSportTypes(0)
  const options = useSportOptions(types, HAS_DISTANCES)
  const [sport, setSport] = useState(remembered.sport)
  const [year, setYear] = useState<number | null>(remembered.year)
  const chosen = options.some((o) => o.value === sport) ? sport : (options[0]?.value ?? sport)
  const { state, data } = useLabData(
    () => getApi().lab.bests({ sport: chosen, year }),
    `${chosen}:${year ?? 'all'}`,
  )
  const [progression, setProgression] = useState<number | null>(null)
  const change = useCallback((patch: Partial<typeof remembered>) => {
    Object.assign(remembered, patch)
    if (patch.sport !== undefined) setSport(patch.sport)
    if (patch.year !== undefined) setYear(patch.year)
  }, [])
  const distances = data?.distances ?? []
  const shownDistance =
    progression ??
    distances.find((d) => d.distance === 5000)?.distance ??
    distances[0]?.distance ??
    null
  return (
    <div className="lab-view">
      <div className="lab-controls">
        <SportSelect options={options} value={chosen} onChange={(s) => s && change({ sport: s })} />
        <label className="lab-select">
          Of
          <select
            value={year ?? ''}
            onChange={(e) =>
              change({ year: e.target.value === '' ? null : Number(e.target.value) })
            }
          >
            <option value="">All time</option>
            {(data?.years ?? []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {!data && state.kind !== 'error' && <p aria-busy="true">Loading best efforts…</p>}
      {data && distances.length === 0 && (
        <p className="lab-empty">
          No activity of this sport with a distance stream reaches a standard distance yet.
        </p>
      )}
      <div className="lab-grid">
        {distances.map((d) => (
          <DistanceCard key={d.distance} bests={d} sport={chosen} scope={year} />
        ))}
      </div>
      {shownDistance !== null && distances.length > 0 && (
        <section className="lab-card" aria-labelledby="lab-progression-title">
          <header className="lab-card-head">
            <h3 id="lab-progression-title">Progression</h3>
            <label className="lab-select lab-select-inline">
              Distance
              <select
                value={shownDistance}
                onChange={(e) => setProgression(Number(e.target.value))}
              >
                {distances.map((d) => (
                  <option key={d.distance} value={d.distance}>
                    {effortDistanceLabel(d.distance)}
                  </option>
                ))}
              </select>
            </label>
          </header>
          <ProgressionChart sport={chosen} distance={shownDistance} />
        </section>
      )}
    </div>
  )
}

function DistanceCard({
  bests,
  sport,
  scope,
}: {
  bests: DistanceBestsDto
  sport: string
  scope: number | null
}) {
  const { units, dates } = usePreferences()
  const family = effortFamily(sport)
  const best = bests.top[0]
  const title = effortDistanceLabel(bests.distance)
  return (
    <section className="lab-card" aria-label={`${title} best efforts`}>
      <header className="lab-card-head">
        <h3>{title}</h3>
        {best && (
          <span className="lab-big">
            <ActivityLink activity={best.activity}>{formatEffortTime(best.seconds)}</ActivityLink>
          </span>
        )}
      </header>
      {bests.top.length === 0 ? (
        <p className="note">None in {scope}.</p>
      ) : (
        <table className="lab-table lab-table-compact">
          <caption className="visually-hidden">
            The {bests.top.length} fastest {title} {scope === null ? 'of all time' : `of ${scope}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">{family === 'ride' ? 'Speed' : 'Pace'}</th>
              <th scope="col">Day</th>
              <th scope="col">Activity</th>
            </tr>
          </thead>
          <tbody>
            {bests.top.map((effort, i) => (
              <tr key={effort.activity.id}>
                <td>{i + 1}</td>
                <td>
                  <ActivityLink activity={effort.activity}>
                    {formatEffortTime(effort.seconds)}
                  </ActivityLink>
                </td>
                <td>{formatEffortPace(effort.distance, effort.seconds, family, units)}</td>
                <td>{formatLocalDate(effort.activity.startDateLocal, dates)}</td>
                <td className="lab-name">
                  <ActivityLink activity={effort.activity} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {scope === null && bests.yearBests.length > 1 && (
        <p className="lab-years">
          <span className="note">Best of each year:</span>
          {bests.yearBests.map(({ year, effort }) => (
            <span key={year} className="lab-year">
              {year}{' '}
              <ActivityLink activity={effort.activity}>
                {formatEffortTime(effort.seconds)}
              </ActivityLink>
            </span>
          ))}
        </p>
      )}
    </section>
  )
}
