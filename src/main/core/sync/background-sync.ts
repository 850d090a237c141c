import type { SyncResultDto, SyncStatusDto } from '../../../shared/dto'
import type { Clock } from '../clock'
import { readLastSyncAt } from '../db/library-repo'
import type { AppDb } from '../db/open-database'
import { PURGE_AFTER_MS, purgeDeletedWithOriginals } from '../library/retention'
import { readPreferences } from '../settings/preferences'
import type { Account } from '../trailkeep'
import type { SyncEngine } from './sync-engine'
import { SyncScheduler } from './sync-scheduler'

export interface BackgroundSyncParts {
  db: AppDb
  dataDir: string
  clock: Clock
  sync: SyncEngine
  account: Pick<Account, 'status'>
}

/** The app's background sync over a core: what the Electron shell and the web shell both run. */
export function createBackgroundSync(
  parts: BackgroundSyncParts,
  options: { onFinished?: (result: SyncResultDto) => void } = {},
) {
  const { db, clock } = parts
  let lastResult: SyncResultDto | null = null
  const scheduler = new SyncScheduler({
    engine: parts.sync,
    db,
    clock,
    intervalMs: () => {
      const minutes = readPreferences(db).syncIntervalMinutes
      return minutes === 0 ? null : minutes * 60 * 1000
    },
    runAtLaunch: () => readPreferences(db).syncOnLaunch,
    level: () => readPreferences(db).syncLevel,
    afterRun: () => {
      if (readPreferences(db).deletedRetention === 'purge-after-48h') {
        purgeDeletedWithOriginals(parts, clock.now() - PURGE_AFTER_MS)
      }
    },
    shouldSync: async () => (await parts.account.status()).state === 'connected',
    onResult: (result) => {
      lastResult = {
        summary: result.summary ?? null,
        error: result.error ?? null,
        finishedAt: new Date(clock.now()).toISOString(),
      }
      options.onFinished?.(lastResult)
    },
  })
  const status = (): SyncStatusDto => ({
    running: parts.sync.running,
    progress: parts.sync.progress(),
    lastSyncAt: readLastSyncAt(db),
    lastResult,
  })
  return {
    start: () => scheduler.start(),
    preferencesChanged: () => scheduler.reschedule(),
    stop: () => scheduler.stop(),
    /** Starts a sync now unless one runs; answers the status right away. */
    now: () => {
      scheduler.syncNow()
      return status()
    },
    status,
  }
}

export type BackgroundSync = ReturnType<typeof createBackgroundSync>
