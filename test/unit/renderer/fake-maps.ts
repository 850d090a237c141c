import type { TrailkeepApi } from '../../../src/shared/bridge-contract'

/** A library with no map data, no base map and no privacy zones. */
export function fakeMaps(): TrailkeepApi['maps'] {
  const noBytes = async () => ({ base64: '' })
  const settings = { baseMap: null, onlineTiles: false, baseMapMissing: false }
  return {
    overview: async () => null,
    explorer: async ({ zoom }) => ({ zoom, visited: 0, maxSquare: 0, maxCluster: 0, square: null }),
    explorerTile: noBytes,
    explorerProgress: async () => [],
    activityTiles: async () => [],
    heatTile: noBytes,
    activitiesAt: async () => [],
    similar: async () => [],
    compareStretch: async () => ({ path: [], rows: [] }),
    privacyZones: async () => [],
    addPrivacyZone: async (zone) => ({ id: 1, ...zone }),
    removePrivacyZone: async () => undefined,
    settings: async () => settings,
    chooseBaseMap: async () => null,
    clearBaseMap: async () => settings,
    setOnlineTiles: async () => settings,
    baseMapBytes: noBytes,
    onlineTile: noBytes,
    saveHeatmapPicture: async () => null,
  }
}
