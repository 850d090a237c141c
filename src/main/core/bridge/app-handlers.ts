import type { InvokeChannel, InvokeResults, ValidatedPayload } from '../../../shared/ipc-contract'
import type { TrailkeepCore } from '../create-core'
import type { BackgroundSync } from '../sync/background-sync'
import type { DataActions } from '../data/data-actions'
import type { RestoreActions } from '../data/restore-actions'
import {
  computeTotals,
  getActivityDetail,
  listActivities,
  listSportTypes,
} from '../library/activity-queries'
import { fetchActivityNow } from '../library/fetch-on-open'
import { buildDiagnostics } from '../log/diagnostics'
import { removeOrphanedOriginals } from '../library/orphaned-originals'
import { purgeDeletedActivities } from '../library/retention'
import { readSettings, writePlainTextOptIn } from '../settings/read-settings'
import { AppError } from '../errors'
import { updatePreferences } from '../settings/preferences'

export type AppHandlers = {
  [C in InvokeChannel]: (payload: ValidatedPayload<C>) => Promise<InvokeResults[C]>
}

/** One line per capability: the logic lives in the core services. */
export function createAppHandlers(
  core: TrailkeepCore,
  background: BackgroundSync,
  data?: DataActions,
  restore?: RestoreActions,
): AppHandlers {
  const needFiles = <T>(actions: T | undefined): T => {
    if (!actions) throw new AppError('INVALID_INPUT', 'This window cannot open files.')
    return actions
  }
  const needData = () => needFiles(data)
  return {
    'auth:status': () => core.auth.status(),
    'auth:connect': async (payload) => (await core.auth.connect({ force: payload?.force })).status,
    'auth:cancel-connect': async () => core.auth.cancelConnect(),
    'auth:disconnect': (payload) => core.auth.disconnect({ deleteData: payload.deleteData }),
    'credentials:save': (payload) => core.auth.saveCredentials(payload),
    'sync:status': async () => background.status(),
    'sync:now': async () => background.syncNow(),
    'library:list': async (query) => listActivities(core.db, query),
    'library:detail': async ({ id }) => getActivityDetail(core.db, id),
    'library:fetch-now': ({ id }) => fetchActivityNow(core, id),
    'library:totals': async (query) => computeTotals(core.db, query),
    'library:sport-types': async () => listSportTypes(core.db),
    'library:purge-deleted': async () => {
      const purged = purgeDeletedActivities(core.db, core.clock.now())
      removeOrphanedOriginals(core.db, core.dataDir)
      return purged
    },
    'settings:get': async () => readSettings(core),
    'settings:update': async (patch) => {
      updatePreferences(core.db, patch)
      background.preferencesChanged()
      return readSettings(core)
    },
    'app:diagnostics': () => buildDiagnostics(core),
    'data:export': (request) => needData().export(request),
    'data:import': () => needData().import(),
    'data:backup': () => needData().backup(),
    'data:choose-restore': () => needFiles(restore).choose(),
    'data:restore': (request) => needFiles(restore).restore(request),
    'settings:plain-text-opt-in': async ({ enabled }) => {
      if (!core.plainTextOptInAvailable) {
        throw new AppError('INVALID_INPUT', 'This choice only exists on Linux without a keyring.')
      }
      writePlainTextOptIn(core.db, enabled)
      return readSettings(core)
    },
  }
}
