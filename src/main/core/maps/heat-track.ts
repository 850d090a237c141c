/**
 * A track prepared once for the heatmap: projected to integer world pixels at zoom 20
 * (0..2^28, about 15 cm at the equator, exact in Int32) and simplified into a few levels of
 * detail, each with a tolerance of one pixel at its zoom, so a low-zoom tile walks tens of
 * points a track, not thousands. Each level is cut into chunks of CHUNK_SEGMENTS segments with a
 * bounding box, so a tile skips the parts of a long track that miss it.
 */
import { isValidPoint, positionsOf, type LatLngTrack, type Positions } from './geo'
import { boxOf, BREAK, chunkCount, writeChunkBoxes } from './heat-polyline'
import { simplifyPolyline } from './simplify-track'
import { HEAT_WORLD_ZOOM, MercatorRows, WORLD_PIXELS, worldPixelOf } from './mercator-rows'
import { checkZoom, mercatorX, zoomKeyRange } from './tile-math'

export { HEAT_WORLD_ZOOM } from './mercator-rows'

/**
 * Level-of-detail zooms, finest first: level i is accurate to one pixel at HEAT_LOD_ZOOMS[i].
 * The finest is zoom 15 (4.8 m at the equator, 3 m at 50°, about a GPS fix's own error): tiles
 * beyond it are drawn within two pixels at zoom 16, and the whole-track pack that the deeper
 * zooms load is half what zoom 16 would make it. Zoom 13 has its own level: drawn from zoom
 * 14's, a tile where 50,000 tracks meet took 55 ms, past the 50 ms a tile may take.
 */
export const HEAT_LOD_ZOOMS = [15, 14, 13, 12, 10, 8] as const

/**
 * Segments simplified at a time for the finest level, which sees every recorded point: a first
 * run over 50,000 activities spends a third less on it, for about one point in a hundred more.
 */
const FINEST_WINDOW = 64

/** A track ready for heatmap tiles (projectTrack makes it; heat-track-codec stores it). */
export interface ProjectedTrack {
  /** Bounding box in zoom-20 world pixels; empty (min > max) for a track with no valid point. */
  minX: number
  minY: number
  maxX: number
  maxY: number
  /** Every level's points, finest first: x, y pairs, or BREAK, BREAK between parts. */
  coords: Int32Array
  /** Every level's chunk boxes: minX, minY, maxX, maxY each. */
  boxes: Int32Array
  /** Level i holds points pointStarts[i]..pointStarts[i+1]−1 and chunks boxStarts[i].. likewise. */
  pointStarts: number[]
  boxStarts: number[]
}

/** The level of detail to draw a tile of zoom `z` with: the coarsest still within a pixel. */
export function lodForZoom(z: number): number {
  for (let i = HEAT_LOD_ZOOMS.length - 1; i >= 0; i--) if ((HEAT_LOD_ZOOMS[i] ?? 0) >= z) return i
  return 0
}

/**
 * The valid points of a track in zoom-20 world pixels, x, y pairs in order. Pixels are floored,
 * so a point's tile at any zoom up to 20 is its pixel shifted right (projectedTileKeys).
 */
export function projectPositions(positions: Positions): Int32Array {
  const all = new Int32Array(positions.length)
  const rows = new MercatorRows()
  let at = 0
  for (let i = 0; i < positions.length; i += 2) {
    const lat = positions[i] as number
    const lon = positions[i + 1] as number
    if (!isValidPoint(lat, lon)) continue
    all[at++] = worldPixelOf(mercatorX(lon))
    all[at++] = rows.row(lat)
  }
  return all.subarray(0, at)
}

/** Projected points split into parts wherever the track jumps more than half the world. */
function splitParts(points: Int32Array): Int32Array[] {
  const parts: Int32Array[] = []
  let partStart = 0
  for (let at = 2; at < points.length; at += 2) {
    if (Math.abs((points[at] as number) - (points[at - 2] as number)) > WORLD_PIXELS / 2) {
      parts.push(points.subarray(partStart, at))
      partStart = at
    }
  }
  if (points.length > partStart) parts.push(points.subarray(partStart))
  return parts
}

/**
 * The distinct tile keys at `zoom` (tile-math.ts tileKey) of projected points, in the order first
 * reached: the same keys as track-tiles.ts trackTileKeys gives for the track.
 */
export function projectedTileKeys(points: Int32Array, zoom: number): number[] {
  checkZoom(zoom, HEAT_WORLD_ZOOM)
  const shift = HEAT_WORLD_ZOOM + 8 - zoom
  const side = 2 ** zoom
  const first = zoomKeyRange(zoom).first
  const keys: number[] = []
  const seen = new Set<number>()
  let last = -1
  for (let i = 0; i < points.length; i += 2) {
    const key =
      first + ((points[i + 1] as number) >> shift) * side + ((points[i] as number) >> shift)
    if (key === last) continue
    last = key
    if (seen.has(key)) continue
    seen.add(key)
    keys.push(key)
  }
  return keys
}

function joinParts(parts: Int32Array[]): Int32Array {
  const length = parts.reduce((sum, p) => sum + p.length, 0) + 2 * Math.max(0, parts.length - 1)
  const out = new Int32Array(length)
  let at = 0
  parts.forEach((part, i) => {
    if (i > 0) {
      out[at++] = BREAK
      out[at++] = BREAK
    }
    out.set(part, at)
    at += part.length
  })
  return out
}

/** A track projected to zoom-20 world pixels with its levels of detail. */
export function projectTrack(latlng: LatLngTrack): ProjectedTrack {
  return levelsOf(projectPositions(positionsOf(latlng)))
}

/** The levels of detail of projected points (projectPositions). */
export function levelsOf(points: Int32Array): ProjectedTrack {
  let parts = splitParts(points)
  const levels: Int32Array[] = []
  for (const [level, zoom] of HEAT_LOD_ZOOMS.entries()) {
    const tolerance = 2 ** (HEAT_WORLD_ZOOM - zoom)
    const window = level === 0 ? FINEST_WINDOW : undefined
    parts = parts.map((part) => simplifyPolyline(part, tolerance, window))
    levels.push(joinParts(parts))
  }
  const pointStarts = [0]
  const boxStarts = [0]
  for (let i = 0; i < levels.length; i++) {
    const points = (levels[i]?.length ?? 0) / 2
    pointStarts.push((pointStarts[i] ?? 0) + points)
    boxStarts.push((boxStarts[i] ?? 0) + chunkCount(points))
  }
  const coords = joinLevels(levels)
  const boxes = new Int32Array(4 * (boxStarts[levels.length] ?? 0))
  for (let i = 0; i < levels.length; i++) {
    const from = pointStarts[i] ?? 0
    writeChunkBoxes(coords, from, pointStarts[i + 1] ?? from, boxes, 4 * (boxStarts[i] ?? 0))
  }
  // Coarser levels keep a subset of the finest level's points, so its box holds them all.
  const finest = levels[0] ?? new Int32Array(0)
  const { minX, minY, maxX, maxY } = boxOf(finest, 0, finest.length / 2 - 1)
  return { minX, minY, maxX, maxY, coords, boxes, pointStarts, boxStarts }
}

function joinLevels(levels: Int32Array[]): Int32Array {
  const out = new Int32Array(levels.reduce((sum, level) => sum + level.length, 0))
  let at = 0
  for (const level of levels) {
    out.set(level, at)
    at += level.length
  }
  return out
}

/**
 * The track without its finest level (kept empty): all that tiles up to zoom 14 draw, under half
 * the points, so the heatmap's first screen loads under half the bytes.
 */
export function coarseLevels(track: ProjectedTrack): ProjectedTrack {
  const points = track.pointStarts[1] ?? 0
  const boxes = track.boxStarts[1] ?? 0
  return {
    ...track,
    coords: track.coords.slice(2 * points),
    boxes: track.boxes.slice(4 * boxes),
    pointStarts: track.pointStarts.map((start, i) => (i === 0 ? 0 : start - points)),
    boxStarts: track.boxStarts.map((start, i) => (i === 0 ? 0 : start - boxes)),
  }
}
