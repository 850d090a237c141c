/**
 * Draws tracks into one tile's density grid. A pixel counts the activities whose line crosses
 * it: each activity adds at most one to a pixel however many of its points or segments fall
 * there, so a coffee stop or a 1 Hz stream does not outweigh a road ridden a hundred times.
 */
import { BREAK, CHUNK_SEGMENTS } from './heat-polyline'
import { HEAT_WORLD_ZOOM, lodForZoom, type ProjectedTrack } from './heat-track'
import { drawSegment, newStamp, plot } from './heat-line'
import { PackMeta, type HeatPack } from './heat-pack'
import { checkZoom, TILE_SIZE } from './tile-math'

const SIZE = TILE_SIZE

/** The tile's extent in zoom-20 world pixels: [x0, x0 + span) × [y0, y0 + span). */
export function tileWorldRect(z: number, x: number, y: number) {
  checkZoom(z, HEAT_WORLD_ZOOM)
  const n = 2 ** z
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new RangeError(`tile ${z}/${x}/${y}`)
  }
  const span = SIZE * 2 ** (HEAT_WORLD_ZOOM - z)
  return { x0: x * span, y0: y * span, span }
}

/** A tile's extent and the scale to its pixels. */
interface TileFrame {
  x0: number
  y0: number
  x1: number
  y1: number
  scale: number
}

function frameOf(z: number, x: number, y: number): TileFrame {
  const { x0, y0, span } = tileWorldRect(z, x, y)
  return { x0, y0, x1: x0 + span, y1: y0 + span, scale: SIZE / span }
}

/**
 * Adds each track's line to `density` (SIZE × SIZE, row-major) for tile (z, x, y), using the
 * level of detail for z. Tracks whose box misses the tile cost four comparisons.
 */
export function drawTracks(
  density: Float32Array,
  tracks: readonly ProjectedTrack[],
  z: number,
  x: number,
  y: number,
): void {
  const frame = frameOf(z, x, y)
  const level = lodForZoom(z)
  for (const track of tracks) {
    if (track.maxX < frame.x0 || track.minX >= frame.x1) continue
    if (track.maxY < frame.y0 || track.minY >= frame.y1) continue
    const firstPoint = track.pointStarts[level] ?? 0
    const firstBox = track.boxStarts[level] ?? 0
    const range: LevelRange = {
      coordsAt: 0,
      boxesAt: 0,
      firstPoint,
      pointEnd: track.pointStarts[level + 1] ?? firstPoint,
      firstBox,
      boxEnd: track.boxStarts[level + 1] ?? firstBox,
    }
    drawLevel(density, frame, track.coords, track.boxes, range)
  }
}

/**
 * drawTracks for the tracks of a pack (all of them, or the `members` indices), read straight from
 * its shared arrays: no view of 50,000 tracks is made in a thread before its first tile. `part`
 * draws only the tracks from..to−1 of that list: each activity adds to a pixel at most once
 * within its own track, so the parts' densities add up to the whole tile's.
 */
export function drawPack(
  density: Float32Array,
  pack: HeatPack,
  members: Int32Array | null,
  z: number,
  x: number,
  y: number,
  part?: { from: number; to: number },
): void {
  const frame = frameOf(z, x, y)
  const level = lodForZoom(z)
  const { meta, coords, boxes } = pack
  const listed = members ? members.length : pack.count
  const count = part ? Math.min(part.to, listed) : listed
  // One range object for every track: a tile of 50,000 tracks makes no garbage.
  const range: LevelRange = {
    coordsAt: 0,
    boxesAt: 0,
    firstPoint: 0,
    pointEnd: 0,
    firstBox: 0,
    boxEnd: 0,
  }
  for (let k = part ? Math.max(0, part.from) : 0; k < count; k++) {
    const m = (members ? (members[k] as number) : k) * PackMeta.words
    if ((meta[m + 2] as number) < frame.x0 || (meta[m] as number) >= frame.x1) continue
    if ((meta[m + 3] as number) < frame.y0 || (meta[m + 1] as number) >= frame.y1) continue
    const points = m + PackMeta.pointStarts + level
    const chunks = m + PackMeta.boxStarts + level
    range.coordsAt = meta[m + PackMeta.coordsAt] as number
    range.boxesAt = meta[m + PackMeta.boxesAt] as number
    range.firstPoint = meta[points] as number
    range.pointEnd = meta[points + 1] as number
    range.firstBox = meta[chunks] as number
    range.boxEnd = meta[chunks + 1] as number
    drawLevel(density, frame, coords, boxes, range)
  }
}

/**
 * A level of one track: where the track starts in the arrays it is drawn from (a pack holds
 * many), then its level's points and chunk boxes, counted from there.
 */
interface LevelRange {
  coordsAt: number
  boxesAt: number
  firstPoint: number
  pointEnd: number
  firstBox: number
  boxEnd: number
}

/** One track's level drawn into `density`, chunk by chunk, skipping chunks off the tile. */
function drawLevel(
  density: Float32Array,
  frame: TileFrame,
  coords: Int32Array,
  boxes: Int32Array,
  range: LevelRange,
): void {
  const { x0, y0, x1, y1, scale } = frame
  const stamp = newStamp()
  const c = range.coordsAt
  const bb = range.boxesAt
  for (let b = range.firstBox; b < range.boxEnd; b++) {
    const box = bb + 4 * b
    if ((boxes[box + 2] ?? 0) < x0 || (boxes[box] ?? 0) >= x1) continue
    if ((boxes[box + 3] ?? 0) < y0 || (boxes[box + 1] ?? 0) >= y1) continue
    const start = range.firstPoint + (b - range.firstBox) * CHUNK_SEGMENTS
    const end = Math.min(start + CHUNK_SEGMENTS, range.pointEnd - 1)
    if (start === end) {
      plotPoint(density, coords, c + 2 * start, frame, stamp)
      continue
    }
    for (let i = c + 2 * start; i < c + 2 * end; i += 2) {
      // Segments wholly on one side of the tile are the common case: reject them unscaled.
      const ax = coords[i] ?? 0
      const bx = coords[i + 2] ?? 0
      if ((ax < x0 && bx < x0) || (ax >= x1 && bx >= x1)) continue
      const ay = coords[i + 1] ?? 0
      const by = coords[i + 3] ?? 0
      if ((ay < y0 && by < y0) || (ay >= y1 && by >= y1)) continue
      if (ax === BREAK || bx === BREAK) continue
      const sx = (ax - x0) * scale
      const sy = (ay - y0) * scale
      drawSegment(density, sx, sy, (bx - x0) * scale, (by - y0) * scale, stamp)
    }
  }
}

/** A track of a single point still shows as one pixel; `i` is the point's x in `coords`. */
function plotPoint(
  density: Float32Array,
  coords: Int32Array,
  i: number,
  frame: TileFrame,
  stamp: number,
) {
  const px = Math.floor(((coords[i] ?? 0) - frame.x0) * frame.scale)
  const py = Math.floor(((coords[i + 1] ?? 0) - frame.y0) * frame.scale)
  if (px >= 0 && px < SIZE && py >= 0 && py < SIZE) plot(density, py * SIZE + px, stamp)
}
