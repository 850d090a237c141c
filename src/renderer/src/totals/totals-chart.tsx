import { useEffect, useRef, useState } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export interface ChartSeries {
  label: string
  color: string
  /** One value per period, in display units. */
  values: number[]
}

export interface TotalsChartProps {
  /** Short axis label and year per period, oldest first. */
  axisLabels: { short: string; year: string }[]
  /** Full period names for the legend while hovering. */
  periodNames: string[]
  /** What the legend sums up while not hovering: the whole range, e.g. `Last 24 months`. */
  rangeLabel: string
  /** Stacked in this order from the top down; the legend lists them the same way. */
  series: ChartSeries[]
  yLabel: string
  formatValue: (value: number) => string
  /** What the chart shows, for screen readers (the table carries the numbers). */
  description: string
}

const HEIGHT = 300
/** Past this many periods, bars get too thin to read: a stepped area shows the same sums. */
const MAX_BARS = 80

/** Stacked bars (or a stacked stepped area for long ranges) of the totals, one colour a sport. */
export function TotalsChart({
  axisLabels,
  periodNames,
  rangeLabel,
  series,
  yLabel,
  formatValue,
  description,
}: TotalsChartProps) {
  const host = useRef<HTMLDivElement>(null)
  const plot = useRef<uPlot | null>(null)
  const scheme = useColorScheme()

  useEffect(() => {
    const element = host.current
    if (!element) return
    const options = chartOptions(
      { axisLabels, periodNames, rangeLabel, series, yLabel, formatValue, description },
      readColors(element),
      element.clientWidth,
    )
    const created = new uPlot(options, chartData(series), element)
    plot.current = created
    return () => {
      created.destroy()
      plot.current = null
    }
  }, [axisLabels, periodNames, rangeLabel, series, yLabel, formatValue, description, scheme])

  useEffect(() => {
    const element = host.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      plot.current?.setSize({ width: element.clientWidth, height: HEIGHT })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  return (
    <figure className="totals-chart">
      <div ref={host} role="img" aria-label={description} className="totals-chart-host" />
    </figure>
  )
}

/** Re-renders when the system switches between light and dark. */
function useColorScheme(): 'light' | 'dark' {
  const [dark, setDark] = useState(() => darkQuery()?.matches ?? false)
  useEffect(() => {
    const query = darkQuery()
    if (!query) return
    const changed = () => setDark(query.matches)
    query.addEventListener('change', changed)
    return () => query.removeEventListener('change', changed)
  }, [])
  return dark ? 'dark' : 'light'
}

function darkQuery(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
}

interface ChartColors {
  text: string
  muted: string
  grid: string
}

/** Canvas text ignores CSS, so the theme's variables are read and handed to uPlot. */
function readColors(element: HTMLElement): ChartColors {
  const style = getComputedStyle(element)
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    text: read('--text', '#1d2733'),
    muted: read('--muted', '#5b6675'),
    grid: read('--border', '#d9dee5'),
  }
}

/** Each series drawn from zero to the sum of itself and every series below it. */
function chartData(series: readonly ChartSeries[]): uPlot.AlignedData {
  const length = series[0]?.values.length ?? 0
  const xs = Array.from({ length }, (_, i) => i)
  const running = xs.map(() => 0)
  const stacked: number[][] = []
  for (let s = series.length - 1; s >= 0; s--) {
    const values = series[s]?.values ?? []
    stacked[s] = running.map((sum, i) => (running[i] = sum + (values[i] ?? 0)))
  }
  return [xs, ...stacked]
}

function chartOptions(props: TotalsChartProps, colors: ChartColors, width: number): uPlot.Options {
  const count = props.axisLabels.length
  const bars = count <= MAX_BARS
  const paths = bars
    ? uPlot.paths.bars?.({ size: [0.7, 48], align: 0 })
    : uPlot.paths.stepped?.({ align: 1 })
  const axis = {
    stroke: colors.muted,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { show: false },
  }
  return {
    width: Math.max(width, 200),
    height: HEIGHT,
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false } },
    legend: { live: true },
    scales: {
      x: { time: false, range: () => [-0.5, Math.max(count, 1) - 0.5] },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.08 : 1] },
    },
    axes: [
      {
        ...axis,
        size: 52,
        space: 56,
        incrs: [1, 2, 3, 4, 6, 12, 13, 26, 52, 104, 260, 520],
        values: (_u, splits) =>
          splits.map((split, i) => {
            const label = props.axisLabels[split]
            if (!label) return ''
            const previous = props.axisLabels[splits[i - 1] ?? -1]
            const showYear = label.year !== '' && (i === 0 || previous?.year !== label.year)
            return showYear ? `${label.short}\n${label.year}` : label.short
          }),
      },
      {
        ...axis,
        label: props.yLabel,
        labelSize: 24,
        size: 64,
        values: (_u, splits) => splits.map((v) => v.toLocaleString('en')),
      },
    ],
    series: [
      // Hovering shows one period; otherwise the legend sums up the whole range.
      {
        label: 'Period',
        value: (_u, _raw, _seriesIndex, idx) =>
          idx === null ? props.rangeLabel : (props.periodNames[idx] ?? '–'),
      },
      ...props.series.map((s, index): uPlot.Series => ({
        label: s.label,
        stroke: s.color,
        fill: s.color,
        width: bars ? 0 : 1,
        paths,
        points: { show: false },
        value: (_u, _raw, _seriesIndex, idx) => {
          const values = props.series[index]?.values ?? []
          const value = idx === null ? values.reduce((a, b) => a + b, 0) : (values[idx] ?? 0)
          return props.formatValue(value)
        },
      })),
    ],
  }
}
