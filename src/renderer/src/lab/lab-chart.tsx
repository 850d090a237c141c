import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { useColorScheme } from '../activities/use-color-scheme'

/** Reads a theme variable on the chart's element (canvas text and lines ignore CSS). */
export type ReadColor = (name: string, fallback: string) => string

export const CHART_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

/**
 * A uPlot chart that follows its box's width and the colour scheme. `build` makes the options
 * from the theme's colours; the chart is made again when the options, the data or the scheme
 * change, and `onPlot` gets each new plot (for zoom state kept outside).
 */
export function LabChart({
  build,
  data,
  height,
  label,
  onPlot,
}: {
  build: (color: ReadColor, width: number) => uPlot.Options
  data: uPlot.AlignedData
  height: number
  label: string
  onPlot?: (plot: uPlot | null) => void
}) {
  const host = useRef<HTMLDivElement>(null)
  const plot = useRef<uPlot | null>(null)
  const scheme = useColorScheme()
  const plotted = useRef(onPlot)
  useEffect(() => {
    plotted.current = onPlot
  }, [onPlot])

  useEffect(() => {
    const element = host.current
    if (!element) return
    const style = getComputedStyle(element)
    const color: ReadColor = (name, fallback) => style.getPropertyValue(name).trim() || fallback
    const options = { ...build(color, Math.max(element.clientWidth, 240)), height }
    const created = new uPlot(options, data, element)
    plot.current = created
    plotted.current?.(created)
    return () => {
      plotted.current?.(null)
      created.destroy()
      plot.current = null
    }
  }, [build, data, height, scheme])

  useEffect(() => {
    const element = host.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      plot.current?.setSize({ width: Math.max(element.clientWidth, 240), height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [height])

  return <div ref={host} role="img" aria-label={label} className="lab-chart-host" />
}

/** The axis style every lab chart shares. */
export function axisStyle(color: ReadColor): uPlot.Axis {
  return {
    stroke: color('--muted', '#5b6675'),
    font: CHART_FONT,
    grid: { stroke: color('--border', '#d9dee5'), width: 1 },
    ticks: { stroke: color('--border', '#d9dee5'), width: 1, size: 4 },
  }
}
