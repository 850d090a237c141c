import { useMemo, useState } from 'react'
import type { CalendarDayDto } from '../../../../shared/lab-dto'
import { getApi } from '../../api'
import { MONTHS_SHORT, formatCalendarDay } from '../../format/dates'
import { formatTotalDistance, formatTotalDuration } from '../../format/units'
import { usePreferences } from '../../preferences-context'
import { DayPanel } from '../day-panel'
import { formatScore } from '../lab-format'
import { useLabData } from '../use-lab-data'
import { YearSelect } from '../year-select'

const DAY_MS = 86_400_000
const WEEKDAYS = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun']
const LEVELS = 5
const remembered: { year: number } = { year: new Date().getFullYear() }

/** A year of days coloured by load; a click opens the day. */
export function CalendarView() {
  const { units, dates } = usePreferences()
  const [year, setYear] = useState(remembered.year)
  const [day, setDay] = useState<string | null>(null)
  const { state, data } = useLabData(() => getApi().lab.calendar({ year }), String(year))
  const byDate = useMemo(() => new Map((data?.days ?? []).map((d) => [d.date, d])), [data])
  const cells = useMemo(() => yearCells(year), [year])
  const level = (d: CalendarDayDto | undefined) =>
    !d
      ? 0
      : d.load <= 0 || !data?.maxLoad
        ? 'rest'
        : Math.max(1, Math.ceil((d.load / data.maxLoad) * LEVELS))
  const totals = (data?.days ?? []).reduce(
    (t, d) => ({
      load: t.load + d.load,
      distance: t.distance + d.distance,
      time: t.time + d.movingTime,
    }),
    { load: 0, distance: 0, time: 0 },
  )
  const years = data?.years.length ? data.years : [year]
  return (
    <div className="lab-view">
      <div className="lab-controls">
        <YearSelect
          year={year}
          years={years}
          onChange={(chosen) => {
            remembered.year = chosen
            setYear(chosen)
            setDay(null)
          }}
        />
        {data && (
          <p className="note lab-controls-note">
            {data.days.length} active days · load {formatScore(totals.load)} ·{' '}
            {formatTotalDistance(totals.distance, units)} · {formatTotalDuration(totals.time)}
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      <div className="lab-card lab-calendar-card">
        <div
          className="lab-calendar"
          role="grid"
          aria-label={`Training days of ${year}, coloured by load`}
        >
          <div className="lab-calendar-months" aria-hidden="true">
            {cells.months.map((m) => (
              <span key={m.month} style={{ gridColumn: `${m.week + 2}` }}>
                {MONTHS_SHORT[m.month]}
              </span>
            ))}
          </div>
          {WEEKDAYS.map((name, row) => (
            <span
              key={row}
              className="lab-calendar-weekday"
              style={{ gridRow: row + 2 }}
              aria-hidden="true"
            >
              {name}
            </span>
          ))}
          {cells.days.map(({ date, week, weekday }) => {
            const d = byDate.get(date)
            const words = formatCalendarDay(new Date(`${date}T00:00:00Z`), dates)
            const label = d
              ? `${words}: load ${formatScore(d.load)}, ${d.activityIds.length} ${d.activityIds.length === 1 ? 'activity' : 'activities'}`
              : `${words}: rest`
            return (
              <button
                key={date}
                type="button"
                className={`lab-calendar-day lab-level-${level(d)}`}
                style={{ gridColumn: week + 2, gridRow: weekday + 2 }}
                aria-label={label}
                title={label}
                aria-pressed={day === date}
                disabled={!d}
                onClick={() => setDay(date)}
              />
            )
          })}
        </div>
        <p className="lab-key">
          <span>Rest</span>
          <span className="lab-calendar-day lab-level-0" />
          <span
            className="lab-calendar-day lab-level-rest"
            title="Active, without a stress score"
          />
          {Array.from({ length: LEVELS }, (_, i) => (
            <span key={i} className={`lab-calendar-day lab-level-${i + 1}`} />
          ))}
          <span>Most load (day of {formatScore(data?.maxLoad ?? 0)})</span>
        </p>
      </div>
      {day && <DayPanel date={day} onClose={() => setDay(null)} />}
    </div>
  )
}

/** Every day of the year with its week column (weeks start on Monday) and weekday row. */
function yearCells(year: number) {
  const first = Date.UTC(year, 0, 1)
  const offset = (new Date(first).getUTCDay() + 6) % 7
  const days: { date: string; week: number; weekday: number }[] = []
  const months: { month: number; week: number }[] = []
  for (let t = first; new Date(t).getUTCFullYear() === year; t += DAY_MS) {
    const index = (t - first) / DAY_MS + offset
    const date = new Date(t)
    const week = Math.floor(index / 7)
    if (date.getUTCDate() === 1) months.push({ month: date.getUTCMonth(), week })
    days.push({ date: date.toISOString().slice(0, 10), week, weekday: index % 7 })
  }
  return { days, months }
}
