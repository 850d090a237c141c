import { useCallback, useMemo } from 'react'
import type uPlot from 'uplot'
import type { CurveDto, CurveStream } from '../../../../shared/lab-dto'
import { formatDuration, type Units } from '../../format/units'
import { axisStyle, LabChart, type ReadColor } from '../lab-chart'
import { useLabNavigation } from '../lab-navigation'
import { curveDisplayValue, curveUnit, formatCurveDuration, formatCurveValue } from '../lab-format'

/** What the chart and the table of the curves show. */
export interface CurveLinesProps {
  stream: CurveStream
  lines: CurveLine[]
  units: Units
}

export interface CurveLine {
  label: string
  /** The theme variable of its colour. */
  color: string
  curve: CurveDto | null
}

const TICKS = [1, 5, 15, 60, 300, 1200, 3600, 18_000]

/** Up to three curves over a log time axis from 1 s to 5 h; a click opens the nearest point's activity. */
export function CurveChart({ stream, lines, units }: CurveLinesProps) {
  const { openActivity } = useLabNavigation()
  const durations = useMemo(
    () =>
      [...new Set(lines.flatMap((l) => l.curve?.points.map((p) => p.seconds) ?? []))].sort(
        (a, b) => a - b,
      ),
    [lines],
  )
  const data = useMemo<uPlot.AlignedData>(
    () => [
      durations,
      ...lines.map((line) => {
        const byDuration = new Map(line.curve?.points.map((p) => [p.seconds, p.value]))
        return durations.map((s) => {
          const value = byDuration.get(s)
          return value === undefined ? null : curveDisplayValue(stream, value, units)
        })
      }),
    ],
    [durations, lines, stream, units],
  )
  const build = useCallback(
    (color: ReadColor, width: number): uPlot.Options => {
      const axis = axisStyle(color)
      const pace = stream === 'velocity_smooth'
      return {
        width,
        height: 300,
        cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 7 } },
        legend: { live: true },
        scales: {
          x: { time: false, distr: 3, range: [1, 18_000] },
          y: pace ? { dir: -1 } : {},
        },
        axes: [
          {
            ...axis,
            size: 40,
            space: 24,
            splits: () => TICKS,
            // A log axis otherwise labels only its powers of ten.
            filter: (_u, splits) => splits,
            // uPlot hands null for a tick it leaves unlabelled.
            values: (_u, splits) =>
              splits.map((s) => (typeof s === 'number' ? formatCurveDuration(s) : '')),
          },
          {
            ...axis,
            size: 56,
            label: curveUnit(stream, units),
            labelSize: 18,
            values: (_u, splits) =>
              splits.map((v) => (pace ? formatDuration(v * 60) : String(Math.round(v)))),
          },
        ],
        series: [
          {
            label: 'Held for',
            value: (_u, v) => (v === null ? 'point at a duration' : formatCurveDuration(v)),
          },
          ...lines.map((line, i): uPlot.Series => ({
            label: line.label,
            stroke: color(line.color, ['#1c7ed6', '#e8590c', '#2f9e44'][i] ?? '#888'),
            width: i === 0 ? 2.5 : 2,
            spanGaps: false,
            points: { show: false },
            value: (_u, _v, _s, idx) => {
              const point =
                idx === null
                  ? undefined
                  : line.curve?.points.find((p) => p.seconds === durations[idx])
              return point ? formatCurveValue(stream, point.value, units) : '–'
            },
          })),
        ],
        hooks: {
          ready: [
            (u) =>
              u.over.addEventListener('click', () => {
                const idx = u.cursor.idx
                const top = u.cursor.top ?? 0
                if (idx === null || idx === undefined) return
                // The line whose point at this duration is closest to the pointer.
                let nearest: { id: number; gap: number } | null = null
                lines.forEach((line, i) => {
                  const value = data[i + 1]?.[idx]
                  const point = line.curve?.points.find((p) => p.seconds === durations[idx])
                  if (value === null || value === undefined || !point) return
                  const gap = Math.abs(u.valToPos(value, 'y') - top)
                  if (!nearest || gap < nearest.gap) nearest = { id: point.activity.id, gap }
                })
                const chosen = nearest as { id: number } | null
                if (chosen) openActivity(chosen.id)
              }),
          ],
        },
      }
    },
    [stream, units, lines, durations, data, openActivity],
  )
  return (
    <LabChart
      build={build}
      data={data}
      height={300}
      label="Mean-maximal curves on a logarithmic time axis from 1 second to 5 hours. The table below lists the values."
    />
  )
}
