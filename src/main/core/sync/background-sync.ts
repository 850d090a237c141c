import type { SyncResultDto, SyncStatusDto } from '../../../shared/dto'
import type { TrailkeepCore } from '../create-core'
import { readLastSyncAt } from '../db/library-repo'
import { removeOrphanedOriginals } from '../library/orphaned-originals'
import { purgeDeletedActivities, PURGE_AFTER_MS } from '../library/retention'
import { readPreferences } from '../settings/preferences'
import { SyncScheduler } from './sync-scheduler'

/** The app's background sync over a core: what the Electron shell and the web shell both run. */
export function createBackgroundSync(
  core: TrailkeepCore,
  options: { onFinished?: (result: SyncResultDto) => void } = {},
) {
  let lastResult: SyncResultDto | null = null
  const scheduler = new SyncScheduler({
    engine: core.sync,
    db: core.db,
    clock: core.clock,
    intervalMs: () => {
      const minutes = readPreferences(core.db).syncIntervalMinutes
      return minutes === 0 ? null : minutes * 60 * 1000
    },
    runAtLaunch: () => readPreferences(core.db).syncOnLaunch,
    level: () => readPreferences(core.db).syncLevel,
    afterRun: () => {
      if (readPreferences(core.db).deletedRetention === 'purge-after-48h') {
        purgeDeletedActivities(core.db, core.clock.now() - PURGE_AFTER_MS)
        removeOrphanedOriginals(core.db, core.dataDir)
      }
    },
    shouldSync: async () => (await core.auth.status()).state === 'connected',
    onResult: (result) => {
      lastResult = {
        summary: result.summary ?? null,
        error: result.error ?? null,
        finishedAt: new Date(core.clock.now()).toISOString(),
      }
      options.onFinished?.(lastResult)
    },
  })
  const status = (): SyncStatusDto => ({
    running: core.sync.running,
    progress: core.sync.progress(),
    lastSyncAt: readLastSyncAt(core.db),
    lastResult,
  })
  return {
    start: () => scheduler.start(),
    preferencesChanged: () => scheduler.reschedule(),
    stop: () => scheduler.stop(),
    syncNow: () => {
      scheduler.syncNow()
      return status()
    },
    status,
  }
}

export type BackgroundSync = ReturnType<typeof createBackgroundSync>
