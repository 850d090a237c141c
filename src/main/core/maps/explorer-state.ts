/**
 * Explorer tiles of the library kept in memory and brought up to date incrementally: the change
 * log and the map rows' generations name what changed since an entry last looked; a new activity
 * adds its stored tile keys to the accumulator (well under a millisecond), while any change to
 * an activity already counted (new tiles, deleted, no longer in the filter) starts the set over
 * from the stored keys.
 */
import type { ExplorerStatsDto, ExplorerZoomDto } from '../../../shared/maps-dto'
import type { AppDb } from '../db/open-database'
import { createExplorerAccumulator, type ExplorerAccumulator } from './explorer-accumulator'
import type { ExplorerLayer } from './explorer-overlay'
import { filterKey, type MapFilter } from './map-filter'
import { changedSince, latestChange } from '../derived/activity-changes'
import {
  mapRowsWrittenAfter,
  newestMapWrite,
  shownTileKeys,
  tileRowsOf,
  type TileRow,
} from './map-rows'
import { tileBounds } from './tile-math'
import { largestCluster } from './tile-clusters'
import { decodeTileKeys } from './tile-key-bytes'

interface Entry {
  accumulator: ExplorerAccumulator
  /** The activities counted. */
  ids: Set<number>
  /** The change log's latest change and the newest map row when the entry was last current. */
  seenChange: number
  newest: number
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
    const change = latestChange(this.db)
    const newest = newestMapWrite(this.db)
    let entry = this.entries.get(key)
    const stale = entry && (entry.seenChange !== change || entry.newest !== newest)
    if (entry && stale && !this.addNew(entry, zoom, filter, change)) entry = undefined
    entry ??= this.rebuild(zoom, filter)
    entry.seenChange = change
    entry.newest = newest
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (this.entries.size > KEEP) this.entries.delete(this.entries.keys().next().value as string)
    return entry
  }

  /**
   * Adds the activities that joined the filter since the entry last looked; false when an
   * activity already counted changed or left (the set cannot take tiles back: start over).
   */
  private addNew(entry: Entry, zoom: ExplorerZoomDto, filter: MapFilter, change: number): boolean {
    const changed = changedSince(this.db, entry.seenChange, change)
    if (changed === null) return false
    const ids = [...new Set([...changed, ...mapRowsWrittenAfter(this.db, entry.newest)])]
    const shown = new Map(tileRowsOf(this.db, zoom, filter, ids).map((row) => [row.id, row]))
    const added: TileRow[] = []
    for (const id of ids) {
      const row = shown.get(id)
      if (entry.ids.has(id)) {
        if (!row || row.updatedAt > entry.newest) return false
      } else if (row) {
        added.push(row)
      }
    }
    for (const row of added) {
      entry.accumulator.addTiles(decodeTileKeys(row.tiles))
      entry.ids.add(row.id)
    }
    if (added.length > 0) entry.cluster = null
    return true
  }

  private rebuild(zoom: ExplorerZoomDto, filter: MapFilter): Entry {
    const rows = shownTileKeys(this.db, zoom, filter)
    const accumulator = createExplorerAccumulator(zoom)
    const all: number[] = []
    for (const row of rows) for (const k of decodeTileKeys(row.tiles)) all.push(k)
    // One batch: the accumulator then takes the whole-set pass for the square.
    accumulator.addTiles(all)
    return {
      accumulator,
      ids: new Set(rows.map((row) => row.id)),
      seenChange: 0,
      newest: 0,
      cluster: null,
    }
  }
}
