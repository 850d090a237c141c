import { useCallback, useMemo, useState } from 'react'
import { getApi } from '../../api'
import { DayPanel } from '../day-panel'
import { useLabNavigation } from '../lab-navigation'
import { formatForm, formatScore } from '../lab-format'
import { useLabData } from '../use-lab-data'
import { daySeconds, FitnessChart } from './fitness-chart'
import { FitnessTable } from './fitness-table'
import { FORM_ZONES, formZoneOf, formZoneTop } from './form-zones'
import { UnscoredPanel } from './unscored-panel'

const DAY = 86_400
const PERIODS = [
  { label: '3 months', days: 91 },
  { label: '1 year', days: 365 },
  { label: '3 years', days: 3 * 365 },
  { label: 'All', days: Infinity },
] as const

/** Today on this computer's calendar. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Fitness, fatigue and form: today's figures, the chart over the years, and the table. */
export function FitnessView() {
  const today = localToday()
  const { state, data } = useLabData(() => getApi().lab.fitness({ to: today }), today)
  const days = useMemo(() => data?.days ?? [], [data])
  const [day, setDay] = useState<string | null>(null)
  const [showUnscored, setShowUnscored] = useState(false)
  const end = days.at(-1) ? daySeconds(days.at(-1)?.date ?? today) + DAY : 0
  const start = days[0] ? daySeconds(days[0].date) : 0
  const [range, setRange] = useState<[number, number] | null>(null)
  const shown: [number, number] = range ?? [Math.max(start, end - 365 * DAY), end]
  const onRange = useCallback((next: [number, number]) => setRange(next), [])
  const onDay = useCallback((date: string) => setDay(date), [])

  if (state.kind === 'error')
    return (
      <p role="alert" className="error">
        {state.message}
      </p>
    )
  if (!data) return <p aria-busy="true">Loading fitness…</p>
  if (days.length === 0) return <NoFitness />
  const now = days.at(-1)
  return (
    <div className="lab-view">
      {now && <TodayFigures fitness={now.fitness} fatigue={now.fatigue} form={now.form} />}
      {data.scored === 0 && <ThresholdsHint />}
      <div className="lab-toolbar" role="group" aria-label="Period shown">
        {PERIODS.map((p) => (
          <button
            key={p.label}
            type="button"
            className="lab-chip"
            aria-pressed={
              Math.round((shown[1] - shown[0]) / DAY) ===
              Math.min(p.days, Math.round((end - start) / DAY))
            }
            onClick={() => setRange([Math.max(start, end - p.days * DAY), end])}
          >
            {p.label}
          </button>
        ))}
        <span className="note">Wheel to zoom, drag to move, click a day to open it.</span>
      </div>
      <figure className="lab-card lab-figure">
        <FitnessChart days={days} range={shown} onRange={onRange} onDay={onDay} />
        <FormZoneKey />
      </figure>
      {day && <DayPanel date={day} onClose={() => setDay(null)} />}
      {data.unscored > 0 && (
        <p className="lab-notice">
          {data.unscored.toLocaleString('en')}{' '}
          {data.unscored === 1 ? 'activity counts' : 'activities count'} as 0: there was not enough
          to score {data.unscored === 1 ? 'it' : 'them'}.{' '}
          <button type="button" className="link-button" onClick={() => setShowUnscored((s) => !s)}>
            {showUnscored ? 'Hide the list' : 'Show which and why'}
          </button>
        </p>
      )}
      {showUnscored && <UnscoredPanel />}
      <FitnessTable days={days} range={shown} onDay={setDay} />
      <HowComputed />
    </div>
  )
}

function TodayFigures({
  fitness,
  fatigue,
  form,
}: {
  fitness: number
  fatigue: number
  form: number
}) {
  const zone = formZoneOf(form)
  return (
    <dl className="lab-figures">
      <div>
        <dt>Fitness</dt>
        <dd>{formatScore(fitness)}</dd>
        <dd className="note">42-day load average</dd>
      </div>
      <div>
        <dt>Fatigue</dt>
        <dd>{formatScore(fatigue)}</dd>
        <dd className="note">7-day load average</dd>
      </div>
      <div>
        <dt>Form</dt>
        <dd>{formatForm(form)}</dd>
        <dd className="note">
          {zone.name}: {zone.meaning}
        </dd>
      </div>
    </dl>
  )
}

function FormZoneKey() {
  const range = (from: number, to: number) =>
    from === -Infinity
      ? `below ${formatForm(to)}`
      : to === Infinity
        ? `above ${formatForm(from)}`
        : `${formatForm(from)} to ${formatForm(to)}`
  return (
    <figcaption className="lab-key">
      <span>Form zones:</span>
      {[...FORM_ZONES].reverse().map((zone) => (
        <span key={zone.name} className="lab-key-item" title={zone.meaning}>
          <span className="lab-swatch" style={{ background: `var(${zone.color})` }} />
          {zone.name} ({range(zone.from, formZoneTop(zone))})
        </span>
      ))}
    </figcaption>
  )
}

function ThresholdsHint() {
  const { openSettings } = useLabNavigation()
  return (
    <p className="lab-notice lab-notice-warn">
      No activity has a stress score yet: scores need your thresholds (FTP, heart rates or running
      pace).{' '}
      <button type="button" className="link-button" onClick={openSettings}>
        Set them in Settings
      </button>
    </p>
  )
}

function NoFitness() {
  return (
    <div className="lab-empty">
      <h2>No activities analysed yet</h2>
      <p>
        Fitness, fatigue and form appear here once activities are backed up and analysed. Each day’s
        load is the sum of its activities’ stress scores, computed on this computer from their
        streams.
      </p>
    </div>
  )
}

function HowComputed() {
  return (
    <details className="lab-card lab-how">
      <summary>How these numbers are computed</summary>
      <ul>
        <li>
          <strong>Load</strong> is the sum of the day’s stress scores (the activity’s local day).
          With a power stream and an FTP: TSS = hours × (NP ÷ FTP)² × 100, NP being the fourth root
          of the mean fourth power of 30-second average power. Else with heart rate and threshold,
          maximum and resting heart rates: Banister’s TRIMP divided by the TRIMP of one hour at
          threshold heart rate, × 100. Else, for runs, hours × (threshold pace ÷ pace)² × 100. Else
          0, and the activity is listed as unscored.
        </li>
        <li>
          <strong>Fitness</strong>(d) = fitness(d−1) + (load(d) − fitness(d−1)) × (1 − e^(−1/42));
          <strong> fatigue</strong> likewise with 7 days; both start at 0 before your first
          activity.
        </li>
        <li>
          <strong>Form</strong>(d) = fitness(d−1) − fatigue(d−1): how rested you started the day.
        </li>
      </ul>
    </details>
  )
}
