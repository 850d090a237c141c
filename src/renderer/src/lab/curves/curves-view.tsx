import type { CurveDto, CurveStream } from '../../../../shared/lab-dto'
import { useSportTypes } from '../../activities/use-sport-types'
import { getApi } from '../../api'
import { usePreferences } from '../../preferences-context'
import { localToday } from '../fitness/fitness-view'
import { SportSelect, useSportOptions } from '../sport-filter'
import { useLabData } from '../use-lab-data'
import { CriticalPowerCard } from './critical-power-card'
import { CurveChart, type CurveLine } from './curve-chart'
import { CurveTable } from './curve-table'
import { Segmented } from '../../components/segmented'
import { useRememberedChoice } from '../use-remembered-choice'

const STREAMS: readonly { value: CurveStream; label: string }[] = [
  { value: 'watts', label: 'Power' },
  { value: 'heartrate', label: 'Heart rate' },
  { value: 'velocity_smooth', label: 'Pace' },
]

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

const today = localToday()
const remembered = {
  stream: 'watts' as CurveStream,
  sport: 'Ride',
  from: daysBefore(today, 90),
  to: today,
}

/** Mean-maximal curves: all time, this season and a chosen period, on a log time axis. */
export function CurvesView() {
  const { units } = usePreferences()
  const types = useSportTypes(0)
  const options = useSportOptions(types)
  const [choice, change] = useRememberedChoice(remembered)
  const sport = options.some((o) => o.value === choice.sport)
    ? choice.sport
    : (options[0]?.value ?? choice.sport)
  const { stream, from, to } = choice
  const seasonStart = `${today.slice(0, 4)}-01-01`
  const key = `${stream}:${sport}`
  const all = useLabData(() => getApi().lab.curve({ stream, sport }), key)
  const season = useLabData(
    () => getApi().lab.curve({ stream, sport, from: seasonStart, to: today }),
    `${key}:season`,
  )
  const period = useLabData(
    () => getApi().lab.curve({ stream, sport, ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    `${key}:${from}:${to}`,
  )
  const lines: CurveLine[] = [
    { label: 'All time', color: '--lab-curve-all', curve: all.data },
    {
      label: `This season (${today.slice(0, 4)})`,
      color: '--lab-curve-season',
      curve: season.data,
    },
    { label: 'Chosen period', color: '--lab-curve-period', curve: period.data },
  ]
  const error = [all, season, period].find((d) => d.state.kind === 'error')?.state
  return (
    <div className="lab-view">
      <div className="lab-controls">
        <Segmented
          legend="Curve of"
          name="lab-curve-stream"
          options={STREAMS}
          value={stream}
          onChange={(value) => change({ stream: value })}
        />
        <SportSelect options={options} value={sport} onChange={(s) => s && change({ sport: s })} />
        <label className="lab-select">
          Period from
          <input
            type="date"
            value={from}
            max={to || undefined}
            onChange={(e) => change({ from: e.target.value })}
          />
        </label>
        <label className="lab-select">
          to
          <input
            type="date"
            value={to}
            min={from || undefined}
            onChange={(e) => change({ to: e.target.value })}
          />
        </label>
      </div>
      {error?.kind === 'error' && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {all.data && all.data.points.length === 0 ? (
        <p className="lab-empty">
          No {STREAMS.find((s) => s.value === stream)?.label.toLowerCase()} recorded for this sport
          yet.
        </p>
      ) : (
        <>
          <figure className="lab-card lab-figure">
            <CurveChart stream={stream} lines={lines} units={units} />
            <figcaption className="note">
              The best mean{' '}
              {stream === 'velocity_smooth' ? 'pace' : stream === 'watts' ? 'power' : 'heart rate'}{' '}
              held for each duration, anywhere inside an activity. Click a point to open the
              activity it came from.
            </figcaption>
          </figure>
          {stream === 'watts' && (
            <CriticalPowerCard
              curves={lines.map((l) => ({ label: l.label, curve: l.curve as CurveDto | null }))}
            />
          )}
          <CurveTable stream={stream} lines={lines} units={units} />
        </>
      )}
    </div>
  )
}
