/**
 * The heatmap as the app and the command line ask for it: tiles rendered in the worker pool from
 * a shared pack of every prepared track, cached per tile, filter and data version; the
 * activities that passed a clicked spot; a picture for sharing without the privacy zones.
 */
import type { AppDb } from '../db/open-database'
import { createLogger } from '../log/logger'
import { statementFor } from '../db/reused-statements'
import type { WorkerPool } from '../workers/worker-pool'
import { tracksOf, type HeatPack } from './heat-pack'
import { readHeatPack, storedPackVersion, writeHeatPack } from './heat-pack-file'
import {
  packFromRows,
  keptPackPath,
  packVersion,
  preparePackFiles,
  type PackKind,
} from './heat-packs'
import type { HeatPicture } from './heat-tile-task'
import { HEAT_LOD_ZOOMS } from './heat-track'
import { defaultSaturation, heatTilePng } from './heatmap-raster'
import { filterKey, filterSql, type MapFilter } from './map-filter'
import { mapsVersion } from './map-rows'
import type { PrivacyZone } from './privacy-zones'
import { TileCache } from './tile-cache'
import { tracksNear } from './tracks-near'
import { worldPixel } from './tile-math'

const log = createLogger('heatmap')

/** About 30 MB of PNGs at the usual 10 KB a tile. */
const CACHED_TILES = 3000

interface Loaded {
  /** The library's map data version (the pack's own version also names its kind). */
  dataVersion: string
  pack: HeatPack
  /** Activity id of each packed track. */
  ids: number[]
  indexOf: Map<number, number>
  members: Map<string, Int32Array | null>
}

/** Tracks from which a tile is drawn by every worker at once (HeatmapService.draw). */
const SHARED_TILE_TRACKS = 5000

/** Tiles up to this zoom draw only coarse levels (heat-track.ts lodForZoom). */
const COARSE_UP_TO_ZOOM = HEAT_LOD_ZOOMS[1]

export class HeatmapService {
  private readonly loaded: Record<PackKind, Loaded | null> = { coarse: null, full: null }
  private readonly loading: Record<PackKind, Promise<Loaded> | null> = { coarse: null, full: null }
  private readonly tiles = new TileCache<Uint8Array>(CACHED_TILES)
  /** Tile requests under way, and what to start when none is. */
  private drawing = 0
  private afterDrawing: (() => void) | null = null

  /**
   * `packDir`: where packs are kept between runs (heat-pack-file.ts); null keeps them in memory
   * only.
   */
  constructor(
    private readonly db: AppDb,
    private readonly workers: WorkerPool,
    private readonly packDir: string | null = null,
  ) {}

  /** Writes the pack files for the library as it is now (heat-packs.ts preparePackFiles). */
  preparePacks(): Promise<void> {
    if (!this.packDir) return Promise.resolve()
    return preparePackFiles(this.db, this.packDir, (version) => {
      const ready = this.loaded.full
      return ready?.dataVersion === version ? ready : null
    })
  }

  /** Tile (z, x, y) of the heatmap of the filter's activities as PNG bytes. */
  async tile(filter: MapFilter, z: number, x: number, y: number): Promise<Uint8Array> {
    this.drawing++
    try {
      const loaded = await this.current(z)
      const key = `${loaded.dataVersion}|${filterKey(filter)}|${z}/${x}/${y}`
      const hit = this.tiles.get(key)
      if (hit) return hit
      const members = this.membersOf(loaded, filter)
      const png = await this.draw(loaded.pack, members, z, x, y)
      this.tiles.set(key, png)
      return png
    } finally {
      this.drawing--
      if (this.drawing === 0) this.afterDrawing?.()
    }
  }

  /**
   * Draws a tile in the workers. A tile of many tracks is drawn by every worker at once, each
   * a share of the tracks, and their densities added here: a tile where 50,000 tracks meet took
   * up to 45 ms in one thread, past the 50 ms a tile may take on a busy machine.
   */
  private async draw(
    pack: HeatPack,
    members: Int32Array | null,
    z: number,
    x: number,
    y: number,
  ): Promise<Uint8Array> {
    const count = members ? members.length : pack.count
    const saturation = defaultSaturation(count)
    const parts = count >= SHARED_TILE_TRACKS ? this.workers.threads : 1
    if (parts < 2) {
      return this.workers.run('heatTile', { pack, members, z, x, y, saturation })
    }
    const share = Math.ceil(count / parts)
    const densities = await Promise.all(
      Array.from({ length: parts }, (_, i) =>
        this.workers.run('heatDensity', {
          pack,
          members,
          z,
          x,
          y,
          from: i * share,
          to: (i + 1) * share,
        }),
      ),
    )
    const [sum, ...others] = densities as [Float32Array, ...Float32Array[]]
    for (const density of others) {
      for (let p = 0; p < sum.length; p++) sum[p] = (sum[p] as number) + (density[p] as number)
    }
    return heatTilePng(sum, saturation)
  }

  /** Ids of the filter's activities whose line passes within `radius` pixels of the point. */
  async activitiesAt(
    filter: MapFilter,
    point: { lat: number; lon: number; zoom: number },
    radius = 6,
  ): Promise<number[]> {
    const loaded = await this.current(point.zoom)
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
    const loaded = await this.current(zoom)
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

  /**
   * The pack to draw zoom `z` with, for the library as it is now. The whole-track pack when it is
   * in memory, or kept on disk for this version: one file read, then every zoom draws from it and
   * nothing loads behind the tiles (tiles drawn while a pack loaded took up to 95 ms). Otherwise,
   * packed from the stored tracks: the whole tracks beyond zoom 14, else the coarse levels (under
   * half the work for a first screen), the whole ones packed behind them once the tiles being
   * drawn are done. Packed again when the map data changed.
   */
  private async current(z: number): Promise<Loaded> {
    const version = mapsVersion(this.db)
    const full = this.loaded.full
    if (full?.dataVersion === version) return full
    const path = this.packDir ? keptPackPath(this.packDir) : null
    if (path && (await storedPackVersion(path)) === packVersion(version, 'full')) {
      return this.loadOnce(version, 'full')
    }
    const kind: PackKind = z > COARSE_UP_TO_ZOOM ? 'full' : 'coarse'
    const ready = this.loaded[kind]
    if (ready?.dataVersion === version) return ready
    const loaded = await this.loadOnce(version, kind)
    if (kind === 'coarse') this.loadDetailWhenIdle(version)
    return loaded
  }

  /**
   * Packs the whole tracks once the tiles being drawn are done: the first screen keeps both
   * cores, and zooming in past 14 a moment later finds the detail ready.
   */
  private loadDetailWhenIdle(version: string): void {
    const start = () => {
      this.afterDrawing = null
      void this.loadOnce(version, 'full').catch((error: unknown) =>
        log.warn('the heatmap detail did not load', { error }),
      )
    }
    if (this.drawing === 0) start()
    else this.afterDrawing = start
  }

  /** Loads the pack of this kind and version, joining a load of it already under way. */
  private async loadOnce(version: string, kind: PackKind): Promise<Loaded> {
    const pending = this.loading[kind]
    if (pending) {
      const loaded = await pending
      if (loaded.dataVersion === version) return loaded
    }
    const ready = this.loaded[kind]
    if (ready?.dataVersion === version) return ready
    const loading = this.load(version, kind)
    this.loading[kind] = loading
    try {
      const loaded = await loading
      if (
        this.loaded.coarse?.dataVersion !== version &&
        this.loaded.full?.dataVersion !== version
      ) {
        this.tiles.clear()
      }
      this.loaded[kind] = loaded
      return loaded
    } finally {
      if (this.loading[kind] === loading) this.loading[kind] = null
    }
  }

  /** The pack from its file when that holds this version, else packed from the rows and kept. */
  private async load(version: string, kind: PackKind): Promise<Loaded> {
    const path = this.packDir && kind === 'full' ? keptPackPath(this.packDir) : null
    const stored = path ? await readHeatPack(path, packVersion(version, kind)) : null
    const { pack, ids } = stored ?? (await packFromRows(this.db, version, kind))
    if (path && !stored) {
      void writeHeatPack(path, { pack, ids }).catch((error: unknown) =>
        log.warn('the heatmap pack was not kept', { error }),
      )
    }
    return {
      dataVersion: version,
      pack,
      ids,
      indexOf: new Map(ids.map((id, i) => [id, i])),
      members: new Map(),
    }
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
