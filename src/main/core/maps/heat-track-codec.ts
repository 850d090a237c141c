/**
 * A prepared heatmap track as bytes, to keep with the activity's derived data so the map need
 * not simplify 50,000 tracks again when it opens. Little-endian Int32 words: format, number of
 * levels, the level zooms, the box, the level starts, then the points and the chunk boxes.
 * A blob made with other levels or another format reads as stale (null): prepare it again.
 */
import { CHUNK_SEGMENTS } from './heat-polyline'
import { HEAT_LOD_ZOOMS, type ProjectedTrack } from './heat-track'

/** Bump when the layout, the level zooms' meaning or CHUNK_SEGMENTS changes. */
export const HEAT_TRACK_FORMAT = 2

const LEVELS = HEAT_LOD_ZOOMS.length
/** Every platform Trailkeep ships on is; the byte-by-byte path keeps the format the same elsewhere. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1
const HEADER = 3 + LEVELS + 4 + 2 * (LEVELS + 1)

/** The track as bytes (see the module comment for the layout). */
export function encodeProjectedTrack(track: ProjectedTrack): Uint8Array {
  const words = new Int32Array(HEADER + track.coords.length + track.boxes.length)
  const header = [
    HEAT_TRACK_FORMAT,
    LEVELS,
    CHUNK_SEGMENTS,
    ...HEAT_LOD_ZOOMS,
    track.minX,
    track.minY,
    track.maxX,
    track.maxY,
    ...track.pointStarts,
    ...track.boxStarts,
  ]
  words.set(header)
  words.set(track.coords, HEADER)
  words.set(track.boxes, HEADER + track.coords.length)
  if (LITTLE_ENDIAN) return new Uint8Array(words.buffer)
  const bytes = new Uint8Array(words.byteLength)
  const view = new DataView(bytes.buffer)
  words.forEach((word, i) => view.setInt32(i * 4, word, true))
  return bytes
}

/** The track stored by encodeProjectedTrack, or null when the bytes are stale or damaged. */
export function decodeProjectedTrack(bytes: Uint8Array): ProjectedTrack | null {
  if (bytes.length % 4 !== 0 || bytes.length < HEADER * 4) return null
  let words: Int32Array
  if (LITTLE_ENDIAN) {
    // A copy: the bytes may not start on a 4-byte boundary (a Buffer from SQLite).
    words = new Int32Array(bytes.slice().buffer)
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    words = new Int32Array(bytes.length / 4)
    for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4, true)
  }
  const expected = [HEAT_TRACK_FORMAT, LEVELS, CHUNK_SEGMENTS, ...HEAT_LOD_ZOOMS]
  if (expected.some((word, i) => words[i] !== word)) return null
  const at = expected.length
  const pointStarts = [...words.subarray(at + 4, at + 5 + LEVELS)]
  const boxStarts = [...words.subarray(at + 5 + LEVELS, at + 6 + 2 * LEVELS)]
  const coordsLength = 2 * (pointStarts[LEVELS] ?? 0)
  const boxesLength = 4 * (boxStarts[LEVELS] ?? 0)
  if (HEADER + coordsLength + boxesLength !== words.length) return null
  return {
    minX: words[at] ?? 0,
    minY: words[at + 1] ?? 0,
    maxX: words[at + 2] ?? -1,
    maxY: words[at + 3] ?? -1,
    coords: words.slice(HEADER, HEADER + coordsLength),
    boxes: words.slice(HEADER + coordsLength),
    pointStarts,
    boxStarts,
  }
}
