/**
 * Explorer tiles of the library kept in memory and brought up to date incrementally: a new
 * activity adds its stored tile keys to the accumulator (well under a millisecond), while any
 * change to an activity already counted (new streams, a purge) starts the set over from the
 * stored keys.
 */
import type { ExplorerStatsDto, ExplorerZoomDto } from '../../../shared/maps-dto'
import type { AppDb } from '../db/open-database'
import { createExplorerAccumulator, type ExplorerAccumulator } from './explorer-accumulator'
import type { ExplorerLayer } from './explorer-overlay'
import { filterKey, type MapFilter } from './map-filter'
import { tileGeneration, tileRows } from './map-rows'
import { tileBounds } from './tile-math'
import { largestCluster } from './tile-clusters'
import { decodeTileKeys } from './tile-key-bytes'

interface Entry {
  accumulator: ExplorerAccumulator
  ids: Set<number>
  newest: number
  count: number
  /** The cluster's tiles for drawing, found when first drawn after a change. */
  cluster: Set<number> | null
}

/** How many filters' tile sets stay in memory. */
const KEEP = 6

export class ExplorerState {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly db: AppDb) {}

  /** The contract's figures and the square's corners, current as of now. */
  stats(zoom: ExplorerZoomDto, filter: MapFilter = {}): ExplorerStatsDto {
    const { accumulator } = this.current(zoom, filter)
    const square = accumulator.square
    let box: ExplorerStatsDto['square'] = null
    if (square) {
      const topLeft = tileBounds(zoom, square.x, square.y)
      const bottomRight = tileBounds(zoom, square.x + square.size - 1, square.y + square.size - 1)
      box = {
        west: topLeft.west,
        north: topLeft.north,
        east: bottomRight.east,
        south: bottomRight.south,
      }
    }
    return {
      zoom,
      visited: accumulator.tiles.size,
      maxSquare: square?.size ?? 0,
      maxCluster: accumulator.maxCluster,
      square: box,
    }
  }

  /** What the overlay draws. */
  layer(zoom: ExplorerZoomDto, filter: MapFilter = {}): ExplorerLayer {
    const entry = this.current(zoom, filter)
    entry.cluster ??= new Set(largestCluster(entry.accumulator.tiles, zoom))
    return {
      zoom,
      tiles: entry.accumulator.tiles,
      cluster: entry.cluster,
      square: entry.accumulator.square,
    }
  }

  private current(zoom: ExplorerZoomDto, filter: MapFilter): Entry {
    const key = `${zoom}|${filterKey(filter)}`
    const now = tileGeneration(this.db, filter)
    let entry = this.entries.get(key)
    if (entry && entry.newest === now.newest && entry.count === now.count) return entry
    const rows = entry ? tileRows(this.db, zoom, filter, entry.newest) : []
    const incremental =
      entry !== undefined &&
      rows.every((row) => !entry?.ids.has(row.id)) &&
      entry.count + rows.length === now.count
    if (!entry || !incremental) {
      entry = this.rebuild(zoom, filter)
    } else {
      for (const row of rows) {
        entry.accumulator.addTiles(decodeTileKeys(row.tiles))
        entry.ids.add(row.id)
      }
      entry.count = now.count
      entry.cluster = null
    }
    entry.newest = now.newest
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (this.entries.size > KEEP) this.entries.delete(this.entries.keys().next().value as string)
    return entry
  }

  private rebuild(zoom: ExplorerZoomDto, filter: MapFilter): Entry {
    const rows = tileRows(this.db, zoom, filter)
    const accumulator = createExplorerAccumulator(zoom)
    const all: number[] = []
    for (const row of rows) for (const k of decodeTileKeys(row.tiles)) all.push(k)
    // One batch: the accumulator then takes the whole-set pass for the square.
    accumulator.addTiles(all)
    return {
      accumulator,
      ids: new Set(rows.map((row) => row.id)),
      newest: 0,
      count: rows.length,
      cluster: null,
    }
  }
}
