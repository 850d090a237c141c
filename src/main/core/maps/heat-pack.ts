/**
 * Every prepared heat track of the library in three shared typed arrays, so the worker threads
 * that draw heatmap tiles read the same memory the core filled: a pack crosses to a worker
 * without a copy (SharedArrayBuffer), and tiles draw straight from it (heat-density.ts).
 */
import { readTrackBody, readTrackHeader, type StoredTrackHeader } from './heat-track-codec'
import { HEAT_LOD_ZOOMS, type ProjectedTrack } from './heat-track'

const LEVELS = HEAT_LOD_ZOOMS.length
/**
 * Where each track's words are in a pack's meta: its box (minX, minY, maxX, maxY), where its
 * points and chunk boxes start in `coords` and `boxes`, then its LEVELS + 1 level starts of
 * points and of chunk boxes (as in ProjectedTrack).
 */
export const PackMeta = {
  coordsAt: 4,
  boxesAt: 5,
  pointStarts: 6,
  boxStarts: 7 + LEVELS,
  words: 8 + 2 * LEVELS,
} as const
export const PACK_META_WORDS = PackMeta.words
const META = PACK_META_WORDS

/** Plain data: structured clone shares its buffers with the worker instead of copying them. */
export interface HeatPack {
  /** Names the library's map data it was made from (maps-version); views are cached by it. */
  version: string
  count: number
  meta: Int32Array
  coords: Int32Array
  boxes: Int32Array
}

/** An Int32Array over shared memory (one word at least: an empty SharedArrayBuffer is refused). */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(4, length * 4)))
}

/** Tracks decoded between two turns of the event loop while a pack is built. */
const SLICE = 2000

/**
 * Packs stored tracks (stale or damaged blobs are left out, their ids too), a slice of tracks at
 * a time with `between` awaited after each, so that building a pack of 50,000 tracks never
 * holds the thread that answers the app for more than a few milliseconds.
 */
export async function buildHeatPack(
  version: string,
  rows: readonly { id: number; heat: Uint8Array }[],
  between: () => Promise<void> = async () => undefined,
): Promise<{ pack: HeatPack; ids: number[] }> {
  const tracks: { heat: Uint8Array; header: StoredTrackHeader }[] = []
  let coordLength = 0
  let boxLength = 0
  const headerIds: number[] = []
  for (const row of rows) {
    const header = readTrackHeader(row.heat)
    if (!header) continue
    tracks.push({ heat: row.heat, header })
    headerIds.push(row.id)
    coordLength += header.coordsLength
    boxLength += header.boxesLength
  }
  const meta = sharedInt32(tracks.length * META)
  const coords = sharedInt32(coordLength)
  const boxes = sharedInt32(boxLength)
  const ids: number[] = []
  let c = 0
  let b = 0
  for (let i = 0; i < tracks.length; i++) {
    if (i > 0 && i % SLICE === 0) await between()
    const { heat, header } = tracks[i] as (typeof tracks)[number]
    // Decoded in place: a damaged body is overwritten by the next track.
    if (!readTrackBody(heat, header, coords, c, boxes, b)) continue
    const at = ids.length * META
    const points = at + PackMeta.pointStarts
    const chunks = at + PackMeta.boxStarts
    meta[at] = header.minX
    meta[at + 1] = header.minY
    meta[at + 2] = header.maxX
    meta[at + 3] = header.maxY
    meta[at + PackMeta.coordsAt] = c
    meta[at + PackMeta.boxesAt] = b
    for (let level = 0; level <= LEVELS; level++) {
      meta[points + level] = header.pointStarts[level] as number
      meta[chunks + level] = header.boxStarts[level] as number
    }
    ids.push(headerIds[i] as number)
    c += header.coordsLength
    b += header.boxesLength
  }
  return { pack: { version, count: ids.length, meta, coords, boxes }, ids }
}

/**
 * Whether every track of a pack (one read back from a file) lies within its arrays, levels in
 * order: a damaged pack must not draw one track's points as another's.
 */
export function packIsConsistent(pack: HeatPack): boolean {
  const { meta } = pack
  if (meta.length < pack.count * META) return false
  for (let i = 0; i < pack.count; i++) {
    const at = i * META
    const c = meta[at + PackMeta.coordsAt] as number
    const b = meta[at + PackMeta.boxesAt] as number
    const points = at + PackMeta.pointStarts
    const chunks = at + PackMeta.boxStarts
    if (c < 0 || b < 0 || (meta[points] as number) !== 0 || (meta[chunks] as number) !== 0) {
      return false
    }
    for (let level = 0; level < LEVELS; level++) {
      if ((meta[points + level + 1] as number) < (meta[points + level] as number)) return false
      if ((meta[chunks + level + 1] as number) < (meta[chunks + level] as number)) return false
    }
    if (c + 2 * (meta[points + LEVELS] as number) > pack.coords.length) return false
    if (b + 4 * (meta[chunks + LEVELS] as number) > pack.boxes.length) return false
  }
  return true
}

/** Track views over a pack's memory, in pack order. */
export function unpackTracks(pack: HeatPack): ProjectedTrack[] {
  const tracks: ProjectedTrack[] = []
  for (let i = 0; i < pack.count; i++) {
    const at = i * META
    const m = pack.meta
    const points = at + PackMeta.pointStarts
    const chunks = at + PackMeta.boxStarts
    const pointStarts = Array.from(m.subarray(points, points + LEVELS + 1))
    const boxStarts = Array.from(m.subarray(chunks, chunks + LEVELS + 1))
    const c = m[at + PackMeta.coordsAt] ?? 0
    const b = m[at + PackMeta.boxesAt] ?? 0
    tracks.push({
      minX: m[at] ?? 0,
      minY: m[at + 1] ?? 0,
      maxX: m[at + 2] ?? -1,
      maxY: m[at + 3] ?? -1,
      coords: pack.coords.subarray(c, c + 2 * (pointStarts[LEVELS] ?? 0)),
      boxes: pack.boxes.subarray(b, b + 4 * (boxStarts[LEVELS] ?? 0)),
      pointStarts,
      boxStarts,
    })
  }
  return tracks
}

let cached: { version: string; tracks: ProjectedTrack[] } | null = null

/** The views of a pack, made once per pack version in this thread. */
export function tracksOf(pack: HeatPack): ProjectedTrack[] {
  if (cached?.version !== pack.version)
    cached = { version: pack.version, tracks: unpackTracks(pack) }
  return cached.tracks
}
