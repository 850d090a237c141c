/**
 * A prepared heatmap track as bytes, to keep with the activity's derived data so the map need
 * not simplify 50,000 tracks again when it opens. A header of little-endian Int32 words (format,
 * number of levels, chunk size, the level zooms, the box, the level starts of points and chunk
 * boxes), then each level's points as variable-length deltas: a point is a few metres from the
 * one before, so it takes three to four bytes instead of eight, and a first run over a library
 * writes half the bytes. Chunk boxes are not stored: decoding draws them from the points.
 * A blob made with other levels or another format reads as stale (null): prepare it again.
 */
import { readVarint, unzigzag, varintEnd, writeVarint, zigzag } from '../bytes/varint'
import { BREAK, CHUNK_SEGMENTS, writeChunkBoxes } from './heat-polyline'
import { HEAT_LOD_ZOOMS, type ProjectedTrack } from './heat-track'

/** Bump when the layout, the level zooms' meaning or CHUNK_SEGMENTS changes. */
export const HEAT_TRACK_FORMAT = 4

const LEVELS = HEAT_LOD_ZOOMS.length
const HEADER_WORDS = 3 + LEVELS + 4 + 2 * (LEVELS + 1)
const HEADER_BYTES = 4 * HEADER_WORDS
/** The words every stored track starts with: a blob made otherwise is stale. */
const EXPECTED = [HEAT_TRACK_FORMAT, LEVELS, CHUNK_SEGMENTS, ...HEAT_LOD_ZOOMS]
/** A break between parts of a level, where a point's first byte would be. */
const BREAK_BYTE = 0

/** What the header says of a stored track. */
export interface StoredTrackHeader {
  minX: number
  minY: number
  maxX: number
  maxY: number
  pointStarts: number[]
  boxStarts: number[]
  /** Words of points and of chunk boxes the track decodes to. */
  coordsLength: number
  boxesLength: number
}

/** The track as bytes (see the module comment for the layout). */
export function encodeProjectedTrack(track: ProjectedTrack): Uint8Array {
  const { coords } = track
  // Five bytes a value at most, two values a point.
  const out = new Uint8Array(HEADER_BYTES + 10 * (coords.length / 2))
  const view = new DataView(out.buffer)
  const header = [
    ...EXPECTED,
    track.minX,
    track.minY,
    track.maxX,
    track.maxY,
    ...track.pointStarts,
    ...track.boxStarts,
  ]
  header.forEach((word, i) => view.setInt32(4 * i, word, true))
  let at = HEADER_BYTES
  for (let level = 0; level < LEVELS; level++) {
    let x = 0
    let y = 0
    const end = track.pointStarts[level + 1] ?? 0
    for (let i = track.pointStarts[level] ?? 0; i < end; i++) {
      const px = coords[2 * i] as number
      if (px === BREAK) {
        out[at++] = BREAK_BYTE
        continue
      }
      const py = coords[2 * i + 1] as number
      at = writeVarint(out, at, zigzag(px - x) + 1)
      at = writeVarint(out, at, zigzag(py - y))
      x = px
      y = py
    }
  }
  return out.slice(0, at)
}

/** The little-endian Int32 at byte `at`. */
function int32At(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at] as number) |
    ((bytes[at + 1] as number) << 8) |
    ((bytes[at + 2] as number) << 16) |
    ((bytes[at + 3] as number) << 24)
  )
}

/** The header of a stored track, or null when the bytes are stale or too short. */
export function readTrackHeader(bytes: Uint8Array): StoredTrackHeader | null {
  if (bytes.length < HEADER_BYTES) return null
  for (let i = 0; i < EXPECTED.length; i++) if (int32At(bytes, 4 * i) !== EXPECTED[i]) return null
  const at = 4 * EXPECTED.length
  const pointStarts: number[] = []
  const boxStarts: number[] = []
  for (let i = 0; i <= LEVELS; i++) {
    pointStarts.push(int32At(bytes, at + 16 + 4 * i))
    boxStarts.push(int32At(bytes, at + 20 + 4 * LEVELS + 4 * i))
  }
  for (let i = 1; i <= LEVELS; i++) {
    if ((pointStarts[i] as number) < (pointStarts[i - 1] as number)) return null
    if ((boxStarts[i] as number) < (boxStarts[i - 1] as number)) return null
  }
  // Every point takes a byte at least and every level a box at most more than its chunks: a
  // header claiming more (a damaged or forged blob) must not size the arrays it decodes into.
  const points = pointStarts[LEVELS] as number
  const boxes = boxStarts[LEVELS] as number
  if (pointStarts[0] !== 0 || boxStarts[0] !== 0) return null
  if (points > bytes.length - HEADER_BYTES || boxes > points + LEVELS) return null
  return {
    minX: int32At(bytes, at),
    minY: int32At(bytes, at + 4),
    maxX: int32At(bytes, at + 8),
    maxY: int32At(bytes, at + 12),
    pointStarts,
    boxStarts,
    coordsLength: 2 * points,
    boxesLength: 4 * boxes,
  }
}

/**
 * Decodes the points of a stored track into `coords` from `coordsAt`, and its chunk boxes into
 * `boxes` from `boxesAt` (each as long as the header says); false when the bytes are damaged.
 * One loop with the varints read inline: a heatmap's first screen decodes 50,000 of these.
 */
export function readTrackBody(
  bytes: Uint8Array,
  header: StoredTrackHeader,
  coords: Int32Array,
  coordsAt: number,
  boxes: Int32Array,
  boxesAt: number,
): boolean {
  let at = HEADER_BYTES
  const length = bytes.length
  for (let level = 0; level < LEVELS; level++) {
    const first = header.pointStarts[level] as number
    const end = header.pointStarts[level + 1] as number
    let x = 0
    let y = 0
    let out = coordsAt + 2 * first
    for (let i = first; i < end; i++) {
      if (at >= length) return false
      if (bytes[at] === BREAK_BYTE) {
        at++
        coords[out++] = BREAK
        coords[out++] = BREAK
        continue
      }
      // Two varints: zigzag(dx) + 1, then zigzag(dy).
      const dx = readVarint(bytes, at) - 1
      const dy = readVarint(bytes, varintEnd())
      at = varintEnd()
      if (dy < 0 || dx < 0 || at > length) return false
      x += unzigzag(dx)
      y += unzigzag(dy)
      coords[out++] = x
      coords[out++] = y
    }
    const boxStart = header.boxStarts[level] as number
    const boxCount = (header.boxStarts[level + 1] as number) - boxStart
    // A level left empty (coarseLevels' finest) keeps no box at all.
    if (first === end && boxCount === 0) continue
    const from = coordsAt / 2 + first
    const to = coordsAt / 2 + end
    if (writeChunkBoxes(coords, from, to, boxes, boxesAt + 4 * boxStart) !== boxCount) return false
  }
  return at === length
}

/** The track stored by encodeProjectedTrack, or null when the bytes are stale or damaged. */
export function decodeProjectedTrack(bytes: Uint8Array): ProjectedTrack | null {
  const header = readTrackHeader(bytes)
  if (!header) return null
  const coords = new Int32Array(header.coordsLength)
  const boxes = new Int32Array(header.boxesLength)
  if (!readTrackBody(bytes, header, coords, 0, boxes, 0)) return null
  const { minX, minY, maxX, maxY, pointStarts, boxStarts } = header
  return { minX, minY, maxX, maxY, coords, boxes, pointStarts, boxStarts }
}
