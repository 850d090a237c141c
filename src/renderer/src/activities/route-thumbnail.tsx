import { decodePolyline, fitRoute } from './route-geometry'
import { sportAbbreviation } from './sport'

const SIZE = 44
const CACHE_LIMIT = 3000
/** Decoded once per activity: rows come and go as the list scrolls. */
const paths = new Map<string, string | null>()

function thumbnailPath(encoded: string): string | null {
  const cached = paths.get(encoded)
  if (cached !== undefined) return cached
  const fitted = fitRoute(decodePolyline(encoded), {
    width: SIZE,
    minAspect: 1,
    maxAspect: 1,
    padding: 6,
    tolerance: 0.8,
  })
  const path = fitted ? fitted.path : null
  if (paths.size >= CACHE_LIMIT) paths.delete(paths.keys().next().value as string)
  paths.set(encoded, path)
  return path
}

/** The route's shape in a small tile, or the sport's abbreviation when there is no route. */
export function RouteThumbnail({
  polyline,
  sportType,
}: {
  polyline: string | null
  sportType: string
}) {
  const path = polyline ? thumbnailPath(polyline) : null
  if (!path) {
    return (
      <span className="row-tile row-tile-text" aria-hidden="true">
        {sportAbbreviation(sportType)}
      </span>
    )
  }
  return (
    <svg className="row-tile" viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      <path d={path} />
    </svg>
  )
}
