import type { ZoneBasisDto } from '../../../../shared/lab-dto'
import { useSportTypes } from '../../activities/use-sport-types'
import { getApi } from '../../api'
import { formatCalendarDay } from '../../format/dates'
import { formatTotalDuration } from '../../format/units'
import { usePreferences } from '../../preferences-context'
import { localToday } from '../fitness/fitness-view'
import { useLabNavigation } from '../lab-navigation'
import { SportSelect, useSportOptions } from '../sport-filter'
import { useLabData } from '../use-lab-data'
import { ZonesChart } from './zones-chart'
import { Segmented } from '../../components/segmented'
import { useRememberedChoice } from '../use-remembered-choice'

const BASES: readonly { value: ZoneBasisDto; label: string; threshold: string }[] = [
  { value: 'heartrate', label: 'Heart rate', threshold: 'threshold heart rate' },
  { value: 'power', label: 'Power', threshold: 'FTP' },
  { value: 'pace', label: 'Pace', threshold: 'threshold running pace' },
]
const WEEKS = [12, 26, 52] as const
const remembered = {
  basis: 'heartrate' as ZoneBasisDto,
  sport: null as string | null,
  weeks: 12 as (typeof WEEKS)[number],
}

/** Time in zones per week, the zone model named, with a way to change it. */
export function ZonesView() {
  const { dates } = usePreferences()
  const { openSettings } = useLabNavigation()
  const types = useSportTypes(0)
  const options = useSportOptions(types)
  const [choice, change] = useRememberedChoice(remembered)
  const today = localToday()
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (choice.weeks * 7 - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10)
  const { state, data } = useLabData(
    () => getApi().lab.weeklyZones({ basis: choice.basis, sport: choice.sport, from, to: today }),
    `${choice.basis}:${choice.sport}:${from}`,
  )
  const basis = (BASES.find((b) => b.value === choice.basis) ?? BASES[0]) as (typeof BASES)[number]
  const weeks = data?.weeks ?? []
  const totals = (data?.zoneNames ?? []).map((_, i) =>
    weeks.reduce((sum, w) => sum + (w.seconds[i] ?? 0), 0),
  )
  const all = totals.reduce((a, b) => a + b, 0)
  return (
    <div className="lab-view">
      <div className="lab-controls">
        <Segmented
          legend="Zones of"
          name="lab-zone-basis"
          options={BASES}
          value={choice.basis}
          onChange={(value) => change({ basis: value })}
        />
        <SportSelect
          options={options}
          value={choice.sport}
          allLabel="All sports"
          onChange={(sport) => change({ sport })}
        />
        <label className="lab-select">
          Weeks
          <select
            value={choice.weeks}
            onChange={(e) => change({ weeks: Number(e.target.value) as (typeof WEEKS)[number] })}
          >
            {WEEKS.map((w) => (
              <option key={w} value={w}>
                Last {w} weeks
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="lab-explain">
        {data && data.models.length > 0 ? (
          <>
            Measured with <strong>{data.models.join(' and ')}</strong>, each activity against the{' '}
            {basis.threshold} in force on its day; only moving time counts.{' '}
          </>
        ) : (
          <>
            Zones need a {basis.threshold} in your thresholds and a {basis.label.toLowerCase()}{' '}
            stream.{' '}
          </>
        )}
        <button type="button" className="link-button" onClick={openSettings}>
          Edit zones and thresholds in Settings
        </button>
      </p>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {data && weeks.length === 0 && (
        <p className="lab-empty">No time in {basis.label.toLowerCase()} zones in these weeks.</p>
      )}
      {data && weeks.length > 0 && (
        <>
          <figure className="lab-card lab-figure">
            <ZonesChart weeks={weeks} zoneNames={data.zoneNames} />
          </figure>
          <div className="lab-table-wrap">
            <table className="lab-table">
              <caption>Moving time in each zone per week, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  {data.zoneNames.map((name, i) => (
                    <th key={name} scope="col">
                      <span className="lab-swatch" style={{ background: `var(--zone-${i + 1})` }} />{' '}
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...weeks].reverse().map((week) => (
                  <tr key={week.weekStart}>
                    <th scope="row">
                      {formatCalendarDay(new Date(`${week.weekStart}T00:00:00Z`), dates)}
                    </th>
                    {week.seconds.map((s, i) => (
                      <td key={i}>{s > 0 ? formatTotalDuration(s) : '–'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Share of all</th>
                  {totals.map((t, i) => (
                    <td key={i}>{all > 0 ? `${Math.round((t / all) * 100)} %` : '–'}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </div>
  )
}
