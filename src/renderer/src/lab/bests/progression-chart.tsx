import { useCallback, useMemo } from 'react'
import uPlot from 'uplot'
import { getApi } from '../../api'
import { formatDuration } from '../../format/units'
import { formatCalendarDay } from '../../format/dates'
import { usePreferences } from '../../preferences-context'
import { axisStyle, LabChart, type ReadColor } from '../lab-chart'
import { useLabNavigation } from '../lab-navigation'
import { effortDistanceLabel, formatEffortTime } from '../lab-format'
import { useLabData } from '../use-lab-data'

/**
 * Every activity's best over one distance as a dot, and the record as a step line: each dot
 * opens its activity.
 */
export function ProgressionChart({ sport, distance }: { sport: string; distance: number }) {
  const { openActivity } = useLabNavigation()
  const { dates } = usePreferences()
  const { data } = useLabData(
    () => getApi().lab.progression({ sport, distance }),
    `${sport}:${distance}`,
  )
  const efforts = useMemo(() => data?.efforts ?? [], [data])
  const plotData = useMemo<uPlot.AlignedData>(() => {
    let best = Infinity
    return [
      efforts.map((e) => Date.parse(`${e.date}T12:00:00Z`) / 1000),
      efforts.map((e) => e.seconds),
      efforts.map((e) => (best = Math.min(best, e.seconds))),
    ]
  }, [efforts])
  const build = useCallback(
    (color: ReadColor, width: number): uPlot.Options => {
      const axis = axisStyle(color)
      return {
        width,
        height: 220,
        cursor: { points: { size: 8 }, drag: { x: false, y: false, setScale: false } },
        legend: { live: true },
        scales: { x: { time: true } },
        axes: [
          { ...axis, size: 40 },
          { ...axis, size: 56, values: (_u, splits) => splits.map((s) => formatDuration(s)) },
        ],
        series: [
          {
            label: 'Day',
            value: (_u, v) =>
              v === null ? 'point at an effort' : formatCalendarDay(new Date(v * 1000), dates),
          },
          {
            label: effortDistanceLabel(distance),
            stroke: color('--lab-effort', '#5c7cfa'),
            width: 0,
            points: { show: true, size: 5, fill: color('--lab-effort', '#5c7cfa') },
            value: (_u, v) => (v === null ? '–' : formatEffortTime(v)),
          },
          {
            label: 'Record',
            stroke: color('--lab-record', '#e8590c'),
            width: 2,
            paths: uPlot.paths.stepped?.({ align: 1 }),
            points: { show: false },
            value: (_u, v) => (v === null ? '–' : formatEffortTime(v)),
          },
        ],
        hooks: {
          ready: [
            (u) =>
              u.over.addEventListener('click', () => {
                const index = u.cursor.idx
                const effort = index === null || index === undefined ? undefined : efforts[index]
                if (effort) openActivity(effort.activityId)
              }),
          ],
        },
      }
    },
    [distance, efforts, openActivity, dates],
  )
  if (efforts.length === 0) return <p className="note">Loading…</p>
  return (
    <LabChart
      build={build}
      data={plotData}
      height={220}
      label={`${effortDistanceLabel(distance)}: every activity's best over time and the record. Click a dot to open its activity.`}
    />
  )
}
