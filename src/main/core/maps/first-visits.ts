/**
 * Which activity first visited each explorer tile, for "new tiles" in an activity's detail: one
 * pass over every activity's stored keys oldest first, kept until the map data changes.
 */
import type { ActivityTilesDto, ExplorerZoomDto } from '../../../shared/maps-dto'
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'
import { mapsVersion, tileRows } from './map-rows'
import { decodeTileKeys } from './tile-key-bytes'
import { tileBounds, tileInZoom } from './tile-math'

export class FirstVisits {
  private cached = new Map<ExplorerZoomDto, { version: string; first: Map<number, number> }>()

  constructor(private readonly db: AppDb) {}

  /** The tiles the activity visited at `zoom`, and the boxes of those it visited first. */
  activityTiles(id: number, zoom: ExplorerZoomDto): ActivityTilesDto {
    const column = zoom === 14 ? 'tiles14' : 'tiles17'
    const bytes = statementFor(this.db, `SELECT ${column} FROM activity_maps WHERE activity_id = ?`)
      .pluck()
      .get(id) as Buffer | null | undefined
    const keys = decodeTileKeys(bytes)
    if (keys.length === 0) return { zoom, visited: 0, newTiles: [] }
    const first = this.firstVisits(zoom)
    const newTiles = Array.from(keys)
      .filter((key) => first.get(key) === id)
      .map((key) => {
        const { x, y } = tileInZoom(key, zoom)
        const { west, south, east, north } = tileBounds(zoom, x, y)
        return { west, south, east, north }
      })
    return { zoom, visited: keys.length, newTiles }
  }

  private firstVisits(zoom: ExplorerZoomDto): Map<number, number> {
    const version = mapsVersion(this.db)
    const hit = this.cached.get(zoom)
    if (hit?.version === version) return hit.first
    const first = new Map<number, number>()
    for (const row of tileRows(this.db, zoom, {})) {
      for (const key of decodeTileKeys(row.tiles)) if (!first.has(key)) first.set(key, row.id)
    }
    this.cached.set(zoom, { version, first })
    return first
  }
}
