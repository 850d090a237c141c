/**
 * Every prepared heat track of the library in three shared typed arrays, so the worker threads
 * that draw heatmap tiles read the same memory the core filled: a pack crosses to a worker
 * without a copy (SharedArrayBuffer), and each worker makes its track views once per pack.
 */
import { readTrackBody, readTrackHeader, type StoredTrackHeader } from './heat-track-codec'
import { HEAT_LOD_ZOOMS, type ProjectedTrack } from './heat-track'

const LEVELS = HEAT_LOD_ZOOMS.length
/** minX, minY, maxX, maxY, coords offset, boxes offset, then LEVELS + 1 point and box starts. */
const META = 6 + 2 * (LEVELS + 1)

/** Plain data: structured clone shares its buffers with the worker instead of copying them. */
export interface HeatPack {
  /** Names the library's map data it was made from (maps-version); views are cached by it. */
  version: string
  count: number
  meta: Int32Array
  coords: Int32Array
  boxes: Int32Array
}

function shared(length: number): Int32Array {
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
  const meta = shared(tracks.length * META)
  const coords = shared(coordLength)
  const boxes = shared(boxLength)
  const ids: number[] = []
  let c = 0
  let b = 0
  for (let i = 0; i < tracks.length; i++) {
    if (i > 0 && i % SLICE === 0) await between()
    const { heat, header } = tracks[i] as (typeof tracks)[number]
    // Decoded in place: a damaged body is overwritten by the next track.
    if (!readTrackBody(heat, header, coords, c, boxes, b)) continue
    const at = ids.length * META
    meta[at] = header.minX
    meta[at + 1] = header.minY
    meta[at + 2] = header.maxX
    meta[at + 3] = header.maxY
    meta[at + 4] = c
    meta[at + 5] = b
    for (let level = 0; level <= LEVELS; level++) {
      meta[at + 6 + level] = header.pointStarts[level] as number
      meta[at + 7 + LEVELS + level] = header.boxStarts[level] as number
    }
    ids.push(headerIds[i] as number)
    c += header.coordsLength
    b += header.boxesLength
  }
  return { pack: { version, count: ids.length, meta, coords, boxes }, ids }
}

/** Track views over a pack's memory, in pack order. */
export function unpackTracks(pack: HeatPack): ProjectedTrack[] {
  const tracks: ProjectedTrack[] = []
  for (let i = 0; i < pack.count; i++) {
    const at = i * META
    const m = pack.meta
    const pointStarts = Array.from(m.subarray(at + 6, at + 7 + LEVELS))
    const boxStarts = Array.from(m.subarray(at + 7 + LEVELS, at + 8 + 2 * LEVELS))
    const c = m[at + 4] ?? 0
    const b = m[at + 5] ?? 0
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

/** The tracks of a pack at the given indices (a filter's members), or all without them. */
export function selectTracks(pack: HeatPack, members: Int32Array | null): ProjectedTrack[] {
  const all = tracksOf(pack)
  if (!members) return all
  const picked: ProjectedTrack[] = new Array(members.length)
  for (let i = 0; i < members.length; i++) picked[i] = all[members[i] ?? 0] as ProjectedTrack
  return picked
}
