import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { useColorScheme } from '../activities/use-color-scheme'

export interface TimeSeries {
  label: string
  color: string
  values: (number | null)[]
  /** Points only (one activity each), not a line. */
  points?: boolean
}

/**
 * A small chart over dates (seconds since the epoch on x): the explorer's progress, the times of
 * the same route over the years. Colours come from the page's CSS so both schemes read well.
 */
export function TimeChart({
  dates,
  series,
  description,
  formatValue,
  height = 180,
}: {
  dates: number[]
  series: TimeSeries[]
  description: string
  formatValue: (value: number) => string
  height?: number
}) {
  const host = useRef<HTMLDivElement>(null)
  const scheme = useColorScheme()
  useEffect(() => {
    const element = host.current
    if (!element || dates.length === 0) return
    const style = getComputedStyle(element)
    const muted = style.getPropertyValue('--muted').trim() || '#5b6675'
    const grid = style.getPropertyValue('--border').trim() || '#d9dee5'
    const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } }
    const plot = new uPlot(
      {
        width: Math.max(200, element.clientWidth),
        height,
        legend: { show: series.length > 1 },
        cursor: { drag: { x: false, y: false } },
        scales: {
          // Room either side, so the first and last points are not cut at the edges.
          x: {
            time: true,
            range: (_u, min, max) => {
              const pad = Math.max((max - min) * 0.04, 86_400 * 20)
              return [min - pad, max + pad]
            },
          },
        },
        axes: [
          axis,
          { ...axis, values: (_u, values) => values.map((v) => formatValue(v)), size: 64 },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: s.points ? 0 : 2,
            points: { show: s.points ?? false, size: 7, fill: s.color, stroke: s.color },
            value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatValue(v)),
          })),
        ],
      },
      [dates, ...series.map((s) => s.values)],
      element,
    )
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }))
    observer?.observe(element)
    return () => {
      observer?.disconnect()
      plot.destroy()
    }
  }, [dates, series, description, formatValue, height, scheme])
  return <div ref={host} className="time-chart" role="img" aria-label={description} />
}
