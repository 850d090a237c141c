import type { BridgeHandlers } from '../../../shared/bridge-contract'
import type { DataActions } from '../data/data-actions'
import type { RestoreActions } from '../data/restore-actions'
import { AppError } from '../errors'
import type { BackgroundSync } from '../sync/background-sync'
import type { MapActions } from '../maps/map-actions'
import type { Trailkeep } from '../trailkeep'

/**
 * What answers the renderer's calls: the core's face itself, group by group, with background
 * sync and the file-dialog actions of the app. No logic lives here.
 */
export function createBridgeHandlers(
  core: Trailkeep,
  background: BackgroundSync,
  data?: DataActions,
  restore?: RestoreActions,
  mapActions?: MapActions,
): BridgeHandlers {
  const files = data && restore ? { ...data, ...restore } : withoutFiles
  const { maps } = core
  return {
    auth: core.account,
    credentials: { save: (input) => core.account.saveCredentials(input) },
    sync: background,
    library: core.library,
    settings: core.settings,
    data: files,
    maps: {
      overview: maps.overview,
      explorer: maps.explorer,
      explorerTile: maps.explorerTile,
      explorerProgress: maps.explorerProgress,
      activityTiles: maps.activityTiles,
      heatTile: maps.heatTile,
      activitiesAt: maps.activitiesAt,
      similar: maps.similar,
      compareStretch: maps.compareStretch,
      privacyZones: maps.privacyZones,
      addPrivacyZone: maps.addPrivacyZone,
      removePrivacyZone: maps.removePrivacyZone,
      settings: maps.settings,
      setOnlineTiles: maps.setOnlineTiles,
      baseMapBytes: maps.baseMapBytes,
      onlineTile: maps.onlineTile,
      clearBaseMap: () => maps.setBaseMap({ path: null }),
      chooseBaseMap: mapActions?.chooseBaseMap ?? noDialogs,
      saveHeatmapPicture: mapActions?.saveHeatmapPicture ?? noDialogs,
    },
  }
}

const noDialogs = (): never => {
  throw new AppError('INVALID_INPUT', 'This window cannot open files.')
}

const withoutFiles: BridgeHandlers['data'] = {
  export: noDialogs,
  import: noDialogs,
  backup: noDialogs,
  chooseRestore: noDialogs,
  restore: noDialogs,
}
