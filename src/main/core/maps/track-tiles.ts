/**
 * The tiles a track's recorded points fall in. Consecutive GPS points are metres apart and tiles
 * hundreds of metres wide, so the current tile's edges are kept and a point inside them costs
 * four comparisons; the Mercator formula runs only when a point leaves the tile.
 */
import { isValidPoint, type LatLngTrack } from './geo'
import { checkZoom, latitudeOf, mercatorX, mercatorY, tileIndex, zoomKeyRange } from './tile-math'

/**
 * Points closer than this (degrees, about 0.1 mm) to a cached edge take the exact formula, so the
 * answer never depends on which point came before.
 */
const EDGE_MARGIN = 1e-9

/**
 * Calls `visit` with the tile key at `zoom` of each valid point of the track that lies in a
 * different tile from the point before: every tile holding a point is visited, a tile the
 * track comes back to more than once. Only recorded points count, as the contract says: a gap
 * between two points does not visit the tiles in between.
 */
export function scanTrackTiles(
  latlng: LatLngTrack,
  zoom: number,
  visit: (key: number) => void,
): void {
  checkZoom(zoom)
  const n = 2 ** zoom
  const first = zoomKeyRange(zoom).first
  let north = -Infinity
  let south = Infinity
  let west = Infinity
  let east = -Infinity
  for (const point of latlng) {
    const lat = point[0]
    const lon = point[1]
    if (lat < north && lat > south && lon > west && lon < east) continue
    if (!isValidPoint(lat, lon)) continue
    const x = tileIndex(mercatorX(lon), zoom)
    const y = tileIndex(mercatorY(lat), zoom)
    visit(first + y * n + x)
    north = latitudeOf(y / n) - EDGE_MARGIN
    south = latitudeOf((y + 1) / n) + EDGE_MARGIN
    west = (x / n) * 360 - 180 + EDGE_MARGIN
    east = ((x + 1) / n) * 360 - 180 - EDGE_MARGIN
  }
}

/** Like scanTrackTiles, but each distinct tile once, in the order first reached. */
export function forEachTrackTile(
  latlng: LatLngTrack,
  zoom: number,
  visit: (key: number) => void,
): void {
  const seen = new Set<number>()
  scanTrackTiles(latlng, zoom, (key) => {
    if (seen.has(key)) return
    seen.add(key)
    visit(key)
  })
}

/** The distinct tile keys at `zoom` a track's points fall in, in the order first reached. */
export function trackTileKeys(latlng: LatLngTrack, zoom: number): number[] {
  const keys: number[] = []
  forEachTrackTile(latlng, zoom, (key) => keys.push(key))
  return keys
}

/**
 * The tiles of one activity not yet in `visited` (the activity's "new tiles"), in the order the
 * activity first reached them. `visited` is left unchanged.
 */
export function newTileKeys(visited: ReadonlySet<number>, latlng: LatLngTrack, zoom: number) {
  const fresh: number[] = []
  forEachTrackTile(latlng, zoom, (key) => {
    if (!visited.has(key)) fresh.push(key)
  })
  return fresh
}
