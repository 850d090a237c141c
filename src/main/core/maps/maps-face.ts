/**
 * The map explorer as the face offers it (trailkeep.ts `Maps`): explorer tiles, heatmap, same
 * route, privacy zones and the base map, over the data the map deriver keeps.
 */
import { join } from 'node:path'
import type { ExplorerZoomDto, MapSettingsDto } from '../../../shared/maps-dto'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import type { FetchFn } from '../strava/http'
import type { Maps } from '../trailkeep'
import type { WorkerPool } from '../workers/worker-pool'
import { readBaseMapInfo, readRange } from './base-map-file'
import { compareStretch } from './compare-stretch'
import { renderExplorerTile } from './explorer-overlay'
import { ExplorerState } from './explorer-state'
import { FirstVisits } from './first-visits'
import { heatPackFolder } from './heat-pack-file'
import { HeatmapService } from './heatmap-service'
import { mapActivities } from './map-activities'
import { overviewBox, tileRows } from './map-rows'
import { readMapSettings, writeMapSettings } from './map-settings-store'
import { OnlineTiles } from './online-tiles'
import { addPrivacyZone, readPrivacyZones, removePrivacyZone } from './privacy-store'
import { savePicture } from './heatmap-picture'
import { similarActivityIds } from './similar-activities'

export interface MapsParts {
  db: AppDb
  dataDir: string
  workers: WorkerPool
  clock: Clock
  fetch: FetchFn
}

const bytes = (data: Uint8Array) => ({ base64: Buffer.from(data).toString('base64') })

function requireActivity(db: AppDb, id: number): void {
  const found = db.$client.prepare('SELECT 1 FROM activities WHERE id = ?').get(id)
  if (!found) throw new AppError('NOT_FOUND', `No activity with id ${id} is in the library.`)
}

/** The Maps face over the open library. */
export function createMaps(parts: MapsParts): Maps {
  const { db } = parts
  const explorer = new ExplorerState(db)
  const firstVisits = new FirstVisits(db)
  const heatmap = new HeatmapService(db, parts.workers, heatPackFolder(parts.dataDir))
  const online = new OnlineTiles(join(parts.dataDir, 'map-tiles'), parts.fetch, parts.clock)

  async function settings(): Promise<MapSettingsDto> {
    const stored = readMapSettings(db)
    if (!stored.baseMapPath)
      return { baseMap: null, onlineTiles: stored.onlineTiles, baseMapMissing: false }
    try {
      return {
        baseMap: await readBaseMapInfo(stored.baseMapPath),
        onlineTiles: stored.onlineTiles,
        baseMapMissing: false,
      }
    } catch {
      return { baseMap: null, onlineTiles: stored.onlineTiles, baseMapMissing: true }
    }
  }

  function baseMapPath(): string {
    const path = readMapSettings(db).baseMapPath
    if (!path) throw new AppError('BASE_MAP_MISSING', 'No base map is chosen.')
    return path
  }

  return {
    overview: ({ filter }) => overviewBox(db, filter ?? {}),
    explorer: ({ zoom, filter }) => explorer.stats(zoom, filter),
    explorerTile: ({ zoom, filter, z, x, y }) =>
      bytes(renderExplorerTile(explorer.layer(zoom, filter), z, x, y)),
    async explorerProgress({ zoom, filter }) {
      const activities = tileRows(db, zoom, filter ?? {}).map((row) => ({
        day: row.startDateLocal.slice(0, 10),
        tiles: row.tiles ?? new Uint8Array(0),
      }))
      return parts.workers.run('explorerProgress', { zoom, activities })
    },
    activityTiles: ({ id }) =>
      ([14, 17] as ExplorerZoomDto[]).map((zoom) => firstVisits.activityTiles(id, zoom)),
    heatTile: async ({ filter, z, x, y }) => bytes(await heatmap.tile(filter ?? {}, z, x, y)),
    async activitiesAt({ filter, lat, lon, zoom }) {
      return mapActivities(db, await heatmap.activitiesAt(filter ?? {}, { lat, lon, zoom }), 50)
    },
    similar({ id }) {
      requireActivity(db, id)
      return mapActivities(db, similarActivityIds(db, id), 10_000)
    },
    compareStretch({ id, from, to }) {
      requireActivity(db, id)
      return compareStretch(db, id, similarActivityIds(db, id), from, to)
    },
    privacyZones: () => readPrivacyZones(db),
    addPrivacyZone: (zone) => addPrivacyZone(db, zone, parts.clock.now()),
    removePrivacyZone: ({ id }) => removePrivacyZone(db, id),
    settings,
    async setBaseMap({ path }) {
      if (path !== null) await readBaseMapInfo(path)
      writeMapSettings(db, { baseMapPath: path }, parts.clock.now())
      return settings()
    },
    async setOnlineTiles({ enabled }) {
      writeMapSettings(db, { onlineTiles: enabled }, parts.clock.now())
      return settings()
    },
    async baseMapBytes({ offset, length }) {
      const path = baseMapPath()
      try {
        return bytes(await readRange(path, offset, length))
      } catch (error) {
        if (error instanceof AppError) throw error
        throw new AppError('BASE_MAP_MISSING', 'The base map file could not be read.', {
          cause: error,
        })
      }
    },
    async onlineTile({ z, x, y }) {
      if (!readMapSettings(db).onlineTiles) {
        throw new AppError('FORBIDDEN', 'Online maps are off. Turn them on in Settings → Maps.')
      }
      return bytes(await online.tile(z, x, y))
    },
    heatmapPicture: (request) => savePicture(heatmap, readPrivacyZones(db), request),
  }
}
