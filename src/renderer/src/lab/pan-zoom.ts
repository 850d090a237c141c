import type uPlot from 'uplot'

const CLICK_SLOP_PX = 4
const WHEEL_STEP = 1.25

/**
 * Zoom with the wheel (around the pointer) and pan by dragging, within [min, max] of the x
 * scale; a press that does not move is a click at that x value. The chart itself keeps no
 * state: `onRange` hears each new range so the screen can keep it across redraws.
 */
export function panZoomPlugin(options: {
  min: number
  max: number
  minSpan: number
  onRange: (range: [number, number]) => void
  onClick?: (x: number) => void
}): uPlot.Plugin {
  const clamp = (from: number, to: number): [number, number] => {
    const span = Math.min(Math.max(to - from, options.minSpan), options.max - options.min)
    let start = Math.max(options.min, Math.min(from, options.max - span))
    if (start + span > options.max) start = options.max - span
    return [start, start + span]
  }
  return {
    hooks: {
      ready: (u) => {
        const over = u.over
        over.addEventListener(
          'wheel',
          (event) => {
            event.preventDefault()
            const { min = options.min, max = options.max } = u.scales.x ?? {}
            const at = u.posToVal(event.offsetX, 'x')
            const factor = event.deltaY < 0 ? 1 / WHEEL_STEP : WHEEL_STEP
            const range = clamp(at - (at - min) * factor, at + (max - at) * factor)
            u.setScale('x', { min: range[0], max: range[1] })
            options.onRange(range)
          },
          { passive: false },
        )
        over.addEventListener('mousedown', (down) => {
          if (down.button !== 0) return
          const { min = options.min, max = options.max } = u.scales.x ?? {}
          const perPixel = (max - min) / Math.max(1, u.bbox.width / devicePixelRatio)
          let moved = false
          const move = (event: MouseEvent) => {
            const dx = event.clientX - down.clientX
            if (Math.abs(dx) > CLICK_SLOP_PX) moved = true
            if (!moved) return
            const range = clamp(min - dx * perPixel, max - dx * perPixel)
            u.setScale('x', { min: range[0], max: range[1] })
          }
          const up = (event: MouseEvent) => {
            window.removeEventListener('mousemove', move)
            window.removeEventListener('mouseup', up)
            if (moved) {
              const { min: from = min, max: to = max } = u.scales.x ?? {}
              options.onRange([from, to])
            } else {
              options.onClick?.(u.posToVal(event.clientX - over.getBoundingClientRect().left, 'x'))
            }
          }
          window.addEventListener('mousemove', move)
          window.addEventListener('mouseup', up)
        })
      },
    },
  }
}
