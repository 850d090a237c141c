import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { ChartData, ChartSeries } from './chart-data'
import { formatPaceMinutes } from '../format/units'

const PLOT_HEIGHT = 132
/** Every chart's y axis has the same width, so the synced cursors line up. */
const Y_AXIS_SIZE = 54
const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

interface ChartColours {
  line: string
  text: string
  grid: string
  card: string
}

function readColours(element: HTMLElement, kind: ChartSeries['kind']): ChartColours {
  const style = getComputedStyle(element)
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    line: read(`--chart-${kind}`, '#1f7a5c'),
    text: read('--muted', '#5b6675'),
    grid: read('--chart-grid', '#d9dee5'),
    card: read('--card', '#ffffff'),
  }
}

/** `#rrggbb` with an alpha, for the area gradient; other colour forms are returned as they are. */
function withAlpha(colour: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour)
  if (!match) return colour
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

/**
 * One stream over distance, drawn with uPlot. Charts sharing a `syncKey` share the cursor, and
 * the hovered sample goes to `onHover` (the map marks it).
 */
export function StreamChart({
  data,
  series,
  syncKey,
  scheme,
  onHover,
}: {
  data: ChartData
  series: ChartSeries
  syncKey: string
  scheme: 'light' | 'dark'
  onHover: (sourceIndex: number | null) => void
}) {
  const plot = useRef<HTMLDivElement>(null)
  const readout = useRef<HTMLSpanElement>(null)
  const hover = useRef(onHover)
  useEffect(() => {
    hover.current = onHover
  }, [onHover])

  useEffect(() => {
    const element = plot.current
    if (!element) return
    const colours = readColours(element, series.kind)
    const showSummary = () => {
      if (readout.current) readout.current.textContent = series.summary
    }
    showSummary()
    const axis: uPlot.Axis = {
      stroke: colours.text,
      font: FONT,
      grid: { stroke: colours.grid, width: 1 },
      ticks: { stroke: colours.grid, width: 1, size: 4 },
    }
    const options: uPlot.Options = {
      width: Math.max(240, element.clientWidth),
      height: PLOT_HEIGHT,
      legend: { show: false },
      padding: [8, 8, 0, 0],
      scales: {
        x: { time: false },
        y: { range: series.range, dir: series.invert ? -1 : 1 },
      },
      axes: [
        { ...axis, size: 26, values: (_u, splits) => splits.map((v) => trimNumber(v)) },
        {
          ...axis,
          size: Y_AXIS_SIZE,
          values: (_u, splits) =>
            splits.map((v) => (series.invert ? formatPaceMinutes(v) : trimNumber(v))),
        },
      ],
      series: [
        {},
        {
          label: series.title,
          stroke: colours.line,
          width: 1.75,
          spanGaps: false,
          points: { show: false },
          ...(series.invert
            ? {}
            : {
                fill: (u: uPlot) => {
                  const gradient = u.ctx.createLinearGradient(
                    0,
                    u.bbox.top,
                    0,
                    u.bbox.top + u.bbox.height,
                  )
                  gradient.addColorStop(0, withAlpha(colours.line, 0.32))
                  gradient.addColorStop(1, withAlpha(colours.line, 0.03))
                  return gradient
                },
                fillTo: (u: uPlot) => u.scales.y?.min ?? 0,
              }),
        },
      ],
      cursor: {
        y: false,
        drag: { x: false, y: false, setScale: false },
        sync: { key: syncKey, setSeries: false },
        points: { size: 8, width: 2, fill: colours.line, stroke: colours.card },
      },
      hooks: {
        setCursor: [
          (u) => {
            const idx = u.cursor.idx
            if (idx === null || idx === undefined) {
              showSummary()
              hover.current(null)
              return
            }
            const value = series.values[idx]
            const x = data.x[idx]
            const text = `${value === null || value === undefined ? '–' : series.format(value)}${
              x === undefined ? '' : ` at ${data.formatX(x)}`
            }`
            if (readout.current) readout.current.textContent = text
            hover.current(data.sourceIndex[idx] ?? null)
          },
        ],
      },
    }
    const chart = new uPlot(options, [data.x, series.values] as uPlot.AlignedData, element)
    const observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0)
      if (width > 0 && Math.abs(width - chart.width) >= 1) {
        chart.setSize({ width, height: PLOT_HEIGHT })
      }
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      chart.destroy()
    }
  }, [data, series, syncKey, scheme])

  return (
    <figure className="stream-chart" aria-label={`${series.title} chart`}>
      <figcaption className="stream-chart-head">
        <span className="stream-chart-title">
          <span className={`stream-chart-swatch swatch-${series.kind}`} aria-hidden="true" />
          {series.title}
        </span>
        <span className="stream-chart-readout" ref={readout} aria-live="off" />
      </figcaption>
      <div className="stream-chart-plot" ref={plot} />
    </figure>
  )
}

function trimNumber(value: number): string {
  return Math.abs(value) >= 100
    ? Math.round(value).toLocaleString('en')
    : String(Number(value.toFixed(2)))
}
