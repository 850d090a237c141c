/**
 * Explorer tiles as the contract defines them (cli-contract.md, "Maps"): `visited` counts tiles
 * holding at least one recorded point; `maxSquare` is the side of the largest square block of
 * visited tiles; `maxCluster` the number of tiles in the largest 4-connected group of visited
 * tiles whose four neighbours are all visited.
 */
import { createExplorerAccumulator, type ExplorerStep } from './explorer-accumulator'
import type { LatLngTrack } from './geo'
import { largestSquare, type TileSquare } from './max-square'
import { largestCluster } from './tile-clusters'
import { checkZoom, firstKeyOfZoom, zoomKeyRange } from './tile-math'
import { scanTrackTiles } from './track-tiles'

/** The zooms the contract knows: 14 (about 1.5 km tiles in mid-latitudes), 17 (about 200 m). */
export const EXPLORER_ZOOMS = [14, 17] as const
/** Zoom 14 or 17. */
export type ExplorerZoom = (typeof EXPLORER_ZOOMS)[number]

/** The contract's figures plus the geometry a map draws. */
export interface ExplorerStats {
  zoom: number
  visited: number
  maxSquare: number
  maxCluster: number
  /** The max square's top-left tile and side, or null when nothing is visited. */
  square: TileSquare | null
  /** Keys of the tiles of the max cluster (tileFromKey names them); empty when there is none. */
  cluster: number[]
}

/** The set of tile keys at `zoom` visited by any of the tracks. */
export function visitedTiles(tracks: Iterable<LatLngTrack>, zoom: number): Set<number> {
  const tiles = new Set<number>()
  for (const track of tracks) scanTrackTiles(track, zoom, (key) => tiles.add(key))
  return tiles
}

/**
 * The tiles at a coarser zoom that hold the given tiles: a point's zoom-14 tile is the
 * ancestor of its zoom-17 tile, so one pass over the points at 17 gives both sets.
 */
export function coarserTiles(tiles: Iterable<number>, zoom: number, coarserZoom: number) {
  if (coarserZoom > zoom) throw new RangeError(`zoom ${coarserZoom} is not coarser than ${zoom}`)
  checkZoom(coarserZoom)
  const n = 2 ** zoom
  const coarserN = 2 ** coarserZoom
  const shift = n / coarserN
  const { first, count } = zoomKeyRange(zoom)
  const coarserFirst = firstKeyOfZoom(coarserZoom)
  const coarser = new Set<number>()
  for (const key of tiles) {
    if (key < first || key >= first + count)
      throw new RangeError(`tile key ${key} is not at zoom ${zoom}`)
    const y = Math.floor((key - first) / n)
    const x = key - first - y * n
    coarser.add(coarserFirst + Math.floor(y / shift) * coarserN + Math.floor(x / shift))
  }
  return coarser
}

/** Visited count, max square and max cluster of a set of tile keys at `zoom`, from scratch. */
export function explorerStats(tiles: ReadonlySet<number>, zoom: number): ExplorerStats {
  const square = largestSquare(tiles, zoom)
  const cluster = largestCluster(tiles, zoom)
  return {
    zoom,
    visited: tiles.size,
    maxSquare: square?.size ?? 0,
    maxCluster: cluster.length,
    square,
    cluster,
  }
}

/**
 * The explorer figures after each activity, for tracks given in date order: one step per track,
 * with the tiles that activity visited first. Tracks are read one at a time, so a generator
 * that loads streams lazily keeps memory flat.
 */
export function explorerProgress(
  tracksInDateOrder: Iterable<LatLngTrack>,
  zoom: number,
): ExplorerStep[] {
  const accumulator = createExplorerAccumulator(zoom)
  const steps: ExplorerStep[] = []
  for (const track of tracksInDateOrder) steps.push(accumulator.addTrack(track))
  return steps
}
