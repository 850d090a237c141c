import type { BridgeHandlers } from '../../../shared/bridge-contract'
import type { DataActions } from '../data/data-actions'
import type { RestoreActions } from '../data/restore-actions'
import { AppError } from '../errors'
import type { FolderActions } from '../folders/folder-actions'
import type { LabImageActions } from '../lab/lab-image-actions'
import type { MapActions } from '../maps/map-actions'
import type { BackgroundSync } from '../sync/background-sync'
import type { Trailkeep } from '../trailkeep'

/** What only the app's window has: file dialogs, the folder watcher, saving pictures. */
export interface AppActions {
  data?: DataActions
  restore?: RestoreActions
  folders?: FolderActions
  images?: LabImageActions
  maps?: MapActions
}

/**
 * What answers the renderer's calls: the core's face itself, group by group, with background
 * sync, the watched folders and the file-dialog actions of the app. No logic lives here.
 */
export function createBridgeHandlers(
  core: Trailkeep,
  background: BackgroundSync,
  app: AppActions = {},
): BridgeHandlers {
  const { data, restore, images } = app
  const files = data && restore ? { ...data, ...restore } : withoutFiles
  const { maps } = core
  // Listed one by one: setBaseMap and heatmapPicture take file paths, which only a dialog in
  // main may choose.
  return {
    auth: core.account,
    credentials: { save: (input) => core.account.saveCredentials(input) },
    sync: background,
    library: core.library,
    settings: core.settings,
    data: files,
    folders: app.folders ?? withoutWatcher(core),
    lab: { ...core.lab, saveImage: images?.saveImage ?? noDialogs },
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
      chooseBaseMap: app.maps?.chooseBaseMap ?? noDialogs,
      saveHeatmapPicture: app.maps?.saveHeatmapPicture ?? noDialogs,
    },
  }
}

const noDialogs = (): never => {
  throw new AppError('INVALID_INPUT', 'This window cannot open files.')
}

const withoutFiles: BridgeHandlers['data'] = {
  export: noDialogs,
  import: noDialogs,
  importFiles: noDialogs,
  importFolder: noDialogs,
  importDropped: noDialogs,
  backup: noDialogs,
  chooseRestore: noDialogs,
  restore: noDialogs,
}

/** A core without the app's watcher (tests, tools) lists its folders and changes none. */
function withoutWatcher(core: Trailkeep): FolderActions {
  return {
    list: () => core.folders.list(),
    add: noDialogs,
    remove: noDialogs,
    scanNow: async () => core.folders.list(),
  }
}
