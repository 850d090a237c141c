/**
 * The heatmap as the app and the command line ask for it: tiles rendered in the worker pool from
 * a shared pack of every prepared track, cached per tile, filter and data version; the
 * activities that passed a clicked spot; a picture for sharing without the privacy zones.
 */
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'
import type { WorkerPool } from '../workers/worker-pool'
import { buildHeatPack, tracksOf, type HeatPack } from './heat-pack'
import type { HeatPicture } from './heat-tile-task'
import { defaultSaturation } from './heatmap-raster'
import { filterKey, filterSql, type MapFilter } from './map-filter'
import { heatRows, mapsVersion } from './map-rows'
import type { PrivacyZone } from './privacy-zones'
import { TileCache } from './tile-cache'
import { tracksNear } from './tracks-near'
import { worldPixel } from './tile-math'

/** About 30 MB of PNGs at the usual 10 KB a tile. */
const CACHED_TILES = 3000

interface Loaded {
  pack: HeatPack
  /** Activity id of each packed track. */
  ids: number[]
  indexOf: Map<number, number>
  members: Map<string, Int32Array | null>
}

export class HeatmapService {
  private loaded: Loaded | null = null
  private loading: Promise<Loaded> | null = null
  private readonly tiles = new TileCache<Uint8Array>(CACHED_TILES)

  constructor(
    private readonly db: AppDb,
    private readonly workers: WorkerPool,
  ) {}

  /** Tile (z, x, y) of the heatmap of the filter's activities as PNG bytes. */
  async tile(filter: MapFilter, z: number, x: number, y: number): Promise<Uint8Array> {
    const loaded = await this.current()
    const key = `${loaded.pack.version}|${filterKey(filter)}|${z}/${x}/${y}`
    const hit = this.tiles.get(key)
    if (hit) return hit
    const members = this.membersOf(loaded, filter)
    const saturation = defaultSaturation(members ? members.length : loaded.pack.count)
    const png = await this.workers.run('heatTile', {
      pack: loaded.pack,
      members,
      z,
      x,
      y,
      saturation,
    })
    this.tiles.set(key, png)
    return png
  }

  /** Ids of the filter's activities whose line passes within `radius` pixels of the point. */
  async activitiesAt(
    filter: MapFilter,
    point: { lat: number; lon: number; zoom: number },
    radius = 6,
  ): Promise<number[]> {
    const loaded = await this.current()
    const members = this.membersOf(loaded, filter)
    const all = tracksOf(loaded.pack)
    const tracks = members ? Array.from(members, (i) => all[i] ?? all[0]!) : all
    const { x, y } = worldPixel(point.lat, point.lon, 20)
    const zoom = Math.max(0, Math.min(20, Math.round(point.zoom)))
    return tracksNear(tracks, zoom, x, y, radius).map((i) => {
      const packed = members ? (members[i] ?? 0) : i
      return loaded.ids[packed] ?? 0
    })
  }

  /** A block of tiles as one PNG for sharing, with every pixel touching a zone left blank. */
  async picture(
    filter: MapFilter,
    zoom: number,
    range: { x0: number; y0: number; x1: number; y1: number },
    zones: PrivacyZone[],
  ): Promise<HeatPicture> {
    const loaded = await this.current()
    const members = this.membersOf(loaded, filter)
    const saturation = defaultSaturation(members ? members.length : loaded.pack.count)
    return this.workers.run('heatPicture', {
      pack: loaded.pack,
      members,
      zoom,
      ...range,
      saturation,
      zones,
    })
  }

  /** The pack for the library as it is now, rebuilt when the map data changed. */
  private async current(): Promise<Loaded> {
    const version = mapsVersion(this.db)
    if (this.loaded?.pack.version === version) return this.loaded
    if (this.loading) {
      const pending = await this.loading
      if (pending.pack.version === version) return pending
    }
    this.loading = Promise.resolve().then(() => this.load(version))
    try {
      this.loaded = await this.loading
      this.tiles.clear()
      return this.loaded
    } finally {
      this.loading = null
    }
  }

  private load(version: string): Loaded {
    const { pack, ids } = buildHeatPack(version, heatRows(this.db, {}))
    return { pack, ids, indexOf: new Map(ids.map((id, i) => [id, i])), members: new Map() }
  }

  /** Indices of the filter's activities in the pack; null when the filter shows them all. */
  private membersOf(loaded: Loaded, filter: MapFilter): Int32Array | null {
    const key = filterKey(filter)
    if (loaded.members.has(key)) return loaded.members.get(key) ?? null
    let members: Int32Array | null = null
    if (key !== filterKey({})) {
      const { where, params } = filterSql(filter)
      const ids = statementFor(this.db, `SELECT a.id FROM activities a WHERE ${where}`)
        .pluck()
        .all(...params) as number[]
      const indices = ids.map((id) => loaded.indexOf.get(id)).filter((i) => i !== undefined)
      members = Int32Array.from(indices.sort((a, b) => a - b))
    }
    loaded.members.set(key, members)
    return members
  }
}
