import { useId, useMemo } from 'react'
import type { Units } from '../format/units'
import { useCursorIndex, type CursorStore } from './cursor-store'
import { fitRoute, type FittedRoute, type RouteSource } from './route-geometry'

const MAP_WIDTH = 800
const METRES_PER_MILE = 1609.344
const FEET = 0.3048

/** The route drawn offline: Web Mercator, fitted to the box, no tiles and no network. */
export function RouteMap({
  route,
  units,
  cursor,
}: {
  route: RouteSource
  units: Units
  cursor: CursorStore
}) {
  const fitted = useMemo(
    () =>
      fitRoute(route.points, {
        width: MAP_WIDTH,
        minAspect: 0.42,
        maxAspect: 0.56,
        padding: 36,
        tolerance: 0.6,
      }),
    [route],
  )
  const gridId = useId()
  if (!fitted) return null
  const { width, height } = fitted
  return (
    <figure className="route-map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Route map"
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern id={gridId} width="40" height="40" patternUnits="userSpaceOnUse">
            <path d="M40 0H0V40" className="route-map-grid" />
          </pattern>
        </defs>
        <rect width={width} height={height} className="route-map-bg" />
        <rect width={width} height={height} fill={`url(#${gridId})`} />
        <path d={fitted.path} className="route-map-casing" />
        <path d={fitted.path} className="route-map-line" />
        <circle cx={fitted.end[0]} cy={fitted.end[1]} r={8} className="route-map-end">
          <title>Finish</title>
        </circle>
        <circle cx={fitted.start[0]} cy={fitted.start[1]} r={8} className="route-map-start">
          <title>Start</title>
        </circle>
        {route.fromStream && <CursorMarker route={route} fitted={fitted} cursor={cursor} />}
        <ScaleBar fitted={fitted} units={units} />
      </svg>
      <figcaption className="route-map-legend">
        <span className="route-map-key route-map-key-start">Start</span>
        <span className="route-map-key route-map-key-end">Finish</span>
        {!route.fromStream && <span className="route-map-note">Simplified route</span>}
      </figcaption>
    </figure>
  )
}

function CursorMarker({
  route,
  fitted,
  cursor,
}: {
  route: RouteSource
  fitted: FittedRoute
  cursor: CursorStore
}) {
  const index = useCursorIndex(cursor)
  const point = index === null ? undefined : route.points[index]
  if (!point) return null
  const [x, y] = fitted.project(point)
  return <circle cx={x} cy={y} r={7} className="route-map-cursor" />
}

/** A 1-2-5 length of at most a fifth of the map, in km, m, mi or ft. */
function ScaleBar({ fitted, units }: { fitted: FittedRoute; units: Units }) {
  const target = (fitted.width / 5) * fitted.metresPerUnit
  const unit = scaleUnit(target, units)
  const length = niceLength(target / unit.metres)
  const barWidth = (length * unit.metres) / fitted.metresPerUnit
  if (!Number.isFinite(barWidth) || barWidth <= 0) return null
  const x = 16
  const y = fitted.height - 16
  return (
    <g className="route-map-scale" aria-hidden="true">
      <path d={`M${x} ${y - 6}V${y}H${x + barWidth}V${y - 6}`} />
      <text x={x + barWidth + 8} y={y}>
        {`${Number(length.toPrecision(3))} ${unit.label}`}
      </text>
    </g>
  )
}

function scaleUnit(metres: number, units: Units): { metres: number; label: string } {
  if (units === 'imperial') {
    return metres >= 0.2 * METRES_PER_MILE
      ? { metres: METRES_PER_MILE, label: 'mi' }
      : { metres: FEET, label: 'ft' }
  }
  return metres >= 1000 ? { metres: 1000, label: 'km' } : { metres: 1, label: 'm' }
}

/** The largest 1, 2 or 5 times a power of ten that is not above the value. */
function niceLength(value: number): number {
  if (!(value > 0)) return 0
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = [5, 2, 1].find((s) => s * magnitude <= value) ?? 1
  return step * magnitude
}
