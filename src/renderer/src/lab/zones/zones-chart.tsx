import { useCallback, useMemo } from 'react'
import uPlot from 'uplot'
import type { WeeklyZonesDto } from '../../../../shared/lab-dto'
import { formatCalendarDay } from '../../format/dates'
import { formatTotalDuration } from '../../format/units'
import { usePreferences } from '../../preferences-context'
import { axisStyle, LabChart, type ReadColor } from '../lab-chart'

const HALF_WEEK = 3.5 * 86_400

/** Hours in each zone per week, stacked from the easiest zone up. */
export function ZonesChart({
  weeks,
  zoneNames,
}: {
  weeks: WeeklyZonesDto['weeks']
  zoneNames: string[]
}) {
  const { dates } = usePreferences()
  const data = useMemo<uPlot.AlignedData>(() => {
    const xs = weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`) / 1000)
    const stacked: number[][] = []
    const running = weeks.map(() => 0)
    zoneNames.forEach((_, zone) => {
      stacked.push(
        weeks.map((w, i) => (running[i] = (running[i] ?? 0) + (w.seconds[zone] ?? 0) / 3600)),
      )
    })
    // Drawn from the top of the stack down, so each band covers the ones under it.
    return [xs, ...stacked.reverse()]
  }, [weeks, zoneNames])
  const build = useCallback(
    (color: ReadColor, width: number): uPlot.Options => {
      const axis = axisStyle(color)
      const bars = uPlot.paths.bars?.({ size: [0.7, 40], align: 0 })
      const reversed = [...zoneNames].map((name, i) => ({ name, zone: i })).reverse()
      const xs = data[0] as number[]
      const first = xs[0] ?? 0
      const last = xs.at(-1) ?? 0
      const every = Math.max(1, Math.ceil(xs.length / Math.max(1, width / 64)))
      return {
        width,
        height: 260,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false } },
        legend: { live: true },
        scales: {
          // Half a week either side, so the first and last bars show whole.
          x: { time: true, range: () => [first - HALF_WEEK, last + HALF_WEEK] },
          y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
        },
        axes: [
          {
            ...axis,
            size: 36,
            splits: () => xs,
            values: (_u, splits) =>
              splits.map((s, i) =>
                i % every === 0
                  ? formatCalendarDay(new Date(s * 1000), dates, { year: false })
                  : '',
              ),
          },
          { ...axis, size: 44, label: 'Hours', labelSize: 18 },
        ],
        series: [
          {
            label: 'Week of',
            value: (_u, v) =>
              v === null ? 'point at a week' : formatCalendarDay(new Date(v * 1000), dates),
          },
          ...reversed.map(({ name, zone }): uPlot.Series => ({
            label: name,
            stroke: color(`--zone-${zone + 1}`, '#888'),
            fill: color(`--zone-${zone + 1}`, '#888'),
            width: 0,
            paths: bars,
            points: { show: false },
            value: (_u, _v, _s, idx) =>
              idx === null ? '–' : formatTotalDuration(weeks[idx]?.seconds[zone] ?? 0),
          })),
        ],
      }
    },
    [weeks, zoneNames, data, dates],
  )
  return (
    <LabChart
      build={build}
      data={data}
      height={260}
      label="Hours in each zone per week. The table below lists the numbers."
    />
  )
}
