/**
 * Web-Mercator slippy-map tiles numbered as OpenStreetMap numbers them
 * (wiki.openstreetmap.org/wiki/Slippy_map_tilenames): x counts east from 180° W, y counts south
 * from 85.0511° N, 2^z tiles a side at zoom z, 256 pixels a tile.
 */
import { DEG_TO_RAD } from './geo'

/** atan(sinh(π)) in degrees: the latitude where the Mercator map becomes square. */
export const MAX_LATITUDE = 85.0511287798066

/** Pixels a tile side. */
export const TILE_SIZE = 256

/** The deepest zoom whose tile keys (all zooms up to it) stay exact integers in a double. */
export const MAX_TILE_ZOOM = 26

/** A tile: zoom, column (x, east), row (y, south). */
export interface Tile {
  z: number
  x: number
  y: number
}

/** Edges of a tile in degrees. */
export interface TileBounds {
  north: number
  south: number
  west: number
  east: number
}

/** Throws a RangeError unless `zoom` is a whole zoom from 0 to `max`. */
export function checkZoom(zoom: number, max = MAX_TILE_ZOOM): void {
  if (!Number.isInteger(zoom) || zoom < 0 || zoom > max) throw new RangeError(`zoom ${zoom}`)
}

/** Longitude as a fraction of the world's width: 0 at 180° W, 1 at 180° E. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360
}

/** Latitude, clamped to ±MAX_LATITUDE, as a fraction of the world's height: 0 at the top. */
export function mercatorY(lat: number): number {
  const clamped = lat > MAX_LATITUDE ? MAX_LATITUDE : lat < -MAX_LATITUDE ? -MAX_LATITUDE : lat
  return 0.5 - Math.asinh(Math.tan(clamped * DEG_TO_RAD)) / (2 * Math.PI)
}

/** Latitude in degrees of a Mercator fraction (the inverse of mercatorY). */
export function latitudeOf(mercatorFraction: number): number {
  return Math.atan(Math.sinh(Math.PI * (1 - 2 * mercatorFraction))) / DEG_TO_RAD
}

/** The tile column or row of a Mercator fraction at a zoom, kept inside the map. */
export function tileIndex(fraction: number, zoom: number): number {
  const n = 2 ** zoom
  const index = Math.floor(fraction * n)
  return index < 0 ? 0 : index >= n ? n - 1 : index
}

/** The tile holding a point at a zoom (a point on an edge belongs to the tile east or south). */
export function tileAt(lat: number, lon: number, zoom: number): Tile {
  return { z: zoom, x: tileIndex(mercatorX(lon), zoom), y: tileIndex(mercatorY(lat), zoom) }
}

/** World pixel coordinates of a point at a zoom: 0..256·2^z, from the top-left of the map. */
export function worldPixel(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const size = TILE_SIZE * 2 ** zoom
  return { x: mercatorX(lon) * size, y: mercatorY(lat) * size }
}

/** Edges of tile (z, x, y) in degrees. */
export function tileBounds(z: number, x: number, y: number): TileBounds {
  const n = 2 ** z
  return {
    north: latitudeOf(y / n),
    south: latitudeOf((y + 1) / n),
    west: (x / n) * 360 - 180,
    east: ((x + 1) / n) * 360 - 180,
  }
}

const FIRST_KEYS = Array.from({ length: MAX_TILE_ZOOM + 2 }, (_, z) => (4 ** z - 1) / 3)

/** How many tiles all zooms below `zoom` hold together, (4^z − 1) / 3: its first tile key. */
export function firstKeyOfZoom(zoom: number): number {
  return FIRST_KEYS[zoom] ?? (4 ** zoom - 1) / 3
}

/**
 * One number naming a tile at any zoom: the tiles of lower zooms come first, then this zoom's
 * row by row. Zoom 17 uses 2^34 values above an offset of about 5.7·10^9; every key up to zoom
 * 26 stays below 2^53, so keys are exact doubles that sort row-major within a zoom, and the
 * tile east of a key is key + 1, the tile south key + 2^z.
 */
export function tileKey(z: number, x: number, y: number): number {
  const n = 2 ** z
  checkZoom(z)
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new RangeError(`tile ${z}/${x}/${y}`)
  }
  return firstKeyOfZoom(z) + y * n + x
}

/** The tile a key names (the inverse of tileKey). */
export function tileFromKey(key: number): Tile {
  if (!Number.isInteger(key) || key < 0 || key >= firstKeyOfZoom(MAX_TILE_ZOOM + 1)) {
    throw new RangeError(`tile key ${key}`)
  }
  let z = Math.floor(Math.log(3 * key + 1) / Math.log(4))
  while (z > 0 && firstKeyOfZoom(z) > key) z--
  while (firstKeyOfZoom(z + 1) <= key) z++
  return { z, ...tileInZoom(key, z) }
}

/** Column and row of a key known to be at `zoom`, without checks (for loops over tile sets). */
export function tileInZoom(key: number, zoom: number): { x: number; y: number } {
  const n = 2 ** zoom
  const local = key - firstKeyOfZoom(zoom)
  const y = Math.floor(local / n)
  return { x: local - y * n, y }
}

/** The first key of a zoom and the number of keys it spans, to tell a zoom's keys apart. */
export function zoomKeyRange(zoom: number): { first: number; count: number } {
  return { first: firstKeyOfZoom(zoom), count: 4 ** zoom }
}
