import { useCallback, useEffect, useMemo, useRef } from 'react'
import uPlot from 'uplot'
import type { FitnessDayDto } from '../../../../shared/lab-dto'
import { formatCalendarDay, type DateStyle } from '../../format/dates'
import { usePreferences } from '../../preferences-context'
import { axisStyle, LabChart, type ReadColor } from '../lab-chart'
import { formatForm, formatScore } from '../lab-format'
import { panZoomPlugin } from '../pan-zoom'
import { FORM_ZONES, formZoneTop } from './form-zones'

const DAY = 86_400
const HEIGHT = 320

/** Seconds since 1970 of a `YYYY-MM-DD` day at midnight UTC (the chart's x). */
export function daySeconds(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000
}

/**
 * Fitness, fatigue and form over the days, with each day's load as bars and form's zones shaded
 * behind it. Wheel to zoom, drag to pan, click a day to open it.
 */
export function FitnessChart({
  days,
  range,
  onRange,
  onDay,
}: {
  days: FitnessDayDto[]
  range: [number, number]
  onRange: (range: [number, number]) => void
  onDay: (date: string) => void
}) {
  const data = useMemo<uPlot.AlignedData>(
    () => [
      days.map((d) => daySeconds(d.date)),
      days.map((d) => (d.load > 0 ? d.load : null)),
      days.map((d) => d.fitness),
      days.map((d) => d.fatigue),
      days.map((d) => d.form),
    ],
    [days],
  )
  const first = days[0] ? daySeconds(days[0].date) : 0
  const last = days.at(-1) ? daySeconds((days.at(-1) as FitnessDayDto).date) + DAY : DAY
  const dates = useMemo(() => new Set(days.map((d) => d.date)), [days])
  const { dates: style } = usePreferences()
  // Panning changes the range many times a second: the chart keeps its own scale, and only a
  // range chosen elsewhere (the period buttons) is pushed into it.
  const current = useRef(range)
  const plot = useRef<uPlot | null>(null)
  useEffect(() => {
    const shown = plot.current?.scales.x
    if (shown && (shown.min !== range[0] || shown.max !== range[1])) {
      plot.current?.setScale('x', { min: range[0], max: range[1] })
    }
    current.current = range
  }, [range])
  const build = useCallback(
    (color: ReadColor, width: number) =>
      chartOptions(color, width, {
        first,
        last,
        range: current.current,
        onRange: (next) => {
          current.current = next
          onRange(next)
        },
        onDay,
        dates,
        style,
      }),
    [first, last, dates, style, onRange, onDay],
  )
  return (
    <LabChart
      build={build}
      data={data}
      height={HEIGHT}
      onPlot={(p) => (plot.current = p)}
      label="Fitness, fatigue and form per day, with each day's load. The table below lists the numbers."
    />
  )
}

function chartOptions(
  color: ReadColor,
  width: number,
  o: {
    first: number
    last: number
    range: [number, number]
    onRange: (range: [number, number]) => void
    onDay: (date: string) => void
    dates: ReadonlySet<string>
    style: DateStyle
  },
): uPlot.Options {
  const axis = axisStyle(color)
  const series = (name: string, fallback: string) => color(name, fallback)
  return {
    width,
    height: HEIGHT,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 6 } },
    legend: { live: true },
    scales: {
      x: { time: true, min: o.range[0], max: o.range[1] },
      y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.15)] },
      // Load bars fill the lower part and never squash the fitness and fatigue lines.
      load: { range: (_u, _min, max) => [0, Math.max(10, max * 2.2)] },
      form: { range: (_u, min, max) => [Math.min(-40, min - 5), Math.max(30, max + 5)] },
    },
    axes: [
      { ...axis, size: 44 },
      { ...axis, scale: 'y', label: 'Fitness · fatigue', labelSize: 20, size: 48 },
      {
        ...axis,
        scale: 'form',
        side: 1,
        label: 'Form',
        labelSize: 20,
        size: 44,
        grid: { show: false },
      },
    ],
    series: [
      {
        label: 'Day',
        value: (_u, v) =>
          v === null ? 'point at a day' : formatCalendarDay(new Date(v * 1000), o.style),
      },
      {
        label: 'Load',
        scale: 'load',
        stroke: series('--lab-load', '#98a2b3'),
        fill: series('--lab-load', '#98a2b3'),
        width: 0,
        paths: uPlot.paths.bars?.({ size: [0.8, 12], align: 0 }),
        points: { show: false },
        value: (_u, v, _s, idx) => (idx === null ? '–' : formatScore(v ?? 0)),
      },
      {
        label: 'Fitness',
        scale: 'y',
        stroke: series('--lab-fitness', '#1c7ed6'),
        width: 2,
        points: { show: false },
        value: (_u, v) => (v === null ? '–' : formatScore(v)),
      },
      {
        label: 'Fatigue',
        scale: 'y',
        stroke: series('--lab-fatigue', '#c2255c'),
        width: 1.5,
        points: { show: false },
        value: (_u, v) => (v === null ? '–' : formatScore(v)),
      },
      {
        label: 'Form',
        scale: 'form',
        stroke: series('--lab-form', '#e8590c'),
        width: 1.5,
        points: { show: false },
        value: (_u, v) => (v === null ? '–' : formatForm(v)),
      },
    ],
    hooks: { drawClear: [(u) => shadeFormZones(u, color)] },
    plugins: [
      panZoomPlugin({
        min: o.first,
        max: o.last,
        minSpan: 14 * DAY,
        onRange: o.onRange,
        onClick: (x) => {
          const date = new Date(Math.floor(x / DAY) * DAY * 1000).toISOString().slice(0, 10)
          if (o.dates.has(date)) o.onDay(date)
        },
      }),
    ],
  }
}

/** Form's zones as horizontal bands behind everything, on form's own scale. */
function shadeFormZones(u: uPlot, color: ReadColor): void {
  const { ctx, bbox } = u
  ctx.save()
  ctx.globalAlpha = Number(color('--form-band-alpha', '0.12'))
  for (const zone of FORM_ZONES) {
    const top = u.valToPos(Math.min(formZoneTop(zone), 1000), 'form', true)
    const bottom = u.valToPos(Math.max(zone.from, -1000), 'form', true)
    const y0 = Math.max(bbox.top, Math.min(top, bottom))
    const y1 = Math.min(bbox.top + bbox.height, Math.max(top, bottom))
    if (y1 <= y0) continue
    ctx.fillStyle = color(zone.color, '#cccccc')
    ctx.fillRect(bbox.left, y0, bbox.width, y1 - y0)
  }
  ctx.restore()
}
