import { useCallback, useMemo, useState } from 'react'
import uPlot from 'uplot'
import type { EddingtonDto } from '../../../../shared/lab-dto'
import { useSportTypes } from '../../activities/use-sport-types'
import { getApi } from '../../api'
import { formatCalendarDay } from '../../format/dates'
import { formatDistance, type Units } from '../../format/units'
import { usePreferences } from '../../preferences-context'
import { DayPanel } from '../day-panel'
import { axisStyle, LabChart, type ReadColor } from '../lab-chart'
import { SportSelect, useSportOptions } from '../sport-filter'
import { useLabData } from '../use-lab-data'

const remembered = { sport: 'Ride' }

/** The Eddington number per sport, in km and miles, with the days still needed for the next. */
export function EddingtonView() {
  const { units, dates } = usePreferences()
  const types = useSportTypes(0)
  const options = useSportOptions(types)
  const [sport, setSport] = useState(remembered.sport)
  const chosen = options.some((o) => o.value === sport) ? sport : (options[0]?.value ?? sport)
  const [day, setDay] = useState<string | null>(null)
  const { state, data } = useLabData(() => getApi().lab.eddington({ sport: chosen }), chosen)
  const first = units === 'imperial' ? 'miles' : 'km'
  return (
    <div className="lab-view">
      <div className="lab-controls">
        <SportSelect
          options={options}
          value={chosen}
          onChange={(s) => {
            if (!s) return
            remembered.sport = s
            setSport(s)
          }}
        />
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {data && (
        <>
          <dl className="lab-figures">
            {(first === 'km' ? (['km', 'miles'] as const) : (['miles', 'km'] as const)).map(
              (unit) => (
                <div key={unit}>
                  <dt>Eddington number ({unit})</dt>
                  <dd>{data[unit].n}</dd>
                  <dd className="note">{eddingtonSentence(data[unit], unit)}</dd>
                </div>
              ),
            )}
          </dl>
          {data.activeDays > 0 && (
            <figure className="lab-card lab-figure">
              <EddingtonChart data={data} units={units} />
              <figcaption className="note">
                Days with at least x {first} (summed over the day’s activities, by local day). Your
                number is where the bars cross the diagonal.
              </figcaption>
            </figure>
          )}
          <section className="lab-card" aria-labelledby="lab-eddington-days">
            <h3 id="lab-eddington-days">Longest days</h3>
            <ol className="lab-long-days">
              {data.longestDays.slice(0, 12).map((d) => (
                <li key={d.date}>
                  <button type="button" className="lab-link" onClick={() => setDay(d.date)}>
                    {formatCalendarDay(new Date(`${d.date}T00:00:00Z`), dates)}
                  </button>{' '}
                  {formatDistance(d.metres, units, 1)}
                </li>
              ))}
            </ol>
          </section>
          {day && <DayPanel date={day} onClose={() => setDay(null)} />}
        </>
      )}
    </div>
  )
}

function EddingtonChart({ data, units }: { data: EddingtonDto; units: Units }) {
  const plotData = useMemo<uPlot.AlignedData>(() => {
    const counts = units === 'imperial' ? data.daysAtLeast.miles : data.daysAtLeast.km
    const xs = counts.map((_, i) => i + 1)
    return [xs, counts, xs]
  }, [data, units])
  const label = units === 'imperial' ? 'miles' : 'km'
  const build = useCallback(
    (color: ReadColor, width: number): uPlot.Options => {
      const axis = axisStyle(color)
      return {
        width,
        height: 240,
        cursor: { drag: { x: false, y: false, setScale: false } },
        legend: { live: true },
        scales: { x: { time: false } },
        axes: [
          { ...axis, label, labelSize: 18 },
          { ...axis, label: 'Days', labelSize: 18, size: 48 },
        ],
        series: [
          { label: `At least (${label})` },
          {
            label: 'Days',
            stroke: color('--lab-fitness', '#1c7ed6'),
            fill: color('--lab-fitness', '#1c7ed6'),
            width: 0,
            paths: uPlot.paths.bars?.({ size: [0.9, 20], align: 0 }),
            points: { show: false },
          },
          {
            label: 'Diagonal',
            stroke: color('--lab-form', '#e8590c'),
            width: 1.5,
            dash: [4, 4],
            points: { show: false },
          },
        ],
      }
    },
    [label],
  )
  return (
    <LabChart
      build={build}
      data={plotData}
      height={240}
      label={`Days with at least x ${label}, against x`}
    />
  )
}

/** `39 days of at least 39 km. 1 more day of 40 km or more makes 40.` */
function eddingtonSentence({ n, daysForNext }: EddingtonDto['km'], unit: 'km' | 'miles'): string {
  const of = (count: number) => (unit === 'miles' && count === 1 ? 'mile' : unit)
  const days = (count: number) => (count === 1 ? 'day' : 'days')
  const now = n === 0 ? 'No day yet.' : `${n} ${days(n)} of at least ${n} ${of(n)}.`
  const more = daysForNext === 1 ? 'makes' : 'make'
  return `${now} ${daysForNext} more ${days(daysForNext)} of ${n + 1} ${of(n + 1)} or more ${more} ${n + 1}.`
}
