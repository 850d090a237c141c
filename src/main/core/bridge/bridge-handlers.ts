import type { BridgeHandlers } from '../../../shared/bridge-contract'
import type { DataActions } from '../data/data-actions'
import type { RestoreActions } from '../data/restore-actions'
import { AppError } from '../errors'
import type { LabImageActions } from '../lab/lab-image-actions'
import type { BackgroundSync } from '../sync/background-sync'
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
  images?: LabImageActions,
): BridgeHandlers {
  const files = data && restore ? { ...data, ...restore } : withoutFiles
  return {
    auth: core.account,
    credentials: { save: (input) => core.account.saveCredentials(input) },
    sync: background,
    library: core.library,
    settings: core.settings,
    data: files,
    lab: { ...core.lab, saveImage: images?.saveImage ?? noDialogs },
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
