import type { SyncSummaryDto } from '../../../shared/dto'
import type { Clock } from '../clock'
import { LAST_FULL_SYNC_SETTING } from '../db/library-repo'
import type { AppDb } from '../db/open-database'
import { readSetting } from '../db/settings-repo'
import { isAppError } from '../errors'
import type { SyncEngine } from './sync-engine'

export const DEFAULT_SYNC_INTERVAL_MS = 30 * 60 * 1000
/** A full re-list (edits and deletions) about once a day, as the app runs. */
export const FULL_SYNC_EVERY_MS = 24 * 60 * 60 * 1000

export interface SchedulerDeps {
  engine: SyncEngine
  db: AppDb
  clock: Clock
  intervalMs: () => number
  /** Sync only while connected and allowed by the user's settings. */
  shouldSync: () => Promise<boolean>
  streams: () => boolean
  onResult?: (result: { summary?: SyncSummaryDto; error?: { code: string; message: string } }) => void
}

export function isFullSyncDue(db: AppDb, now: number): boolean {
  const last = Number(readSetting(db, LAST_FULL_SYNC_SETTING) ?? 0)
  return now - last >= FULL_SYNC_EVERY_MS
}

/**
 * Background sync for the app: once at launch, then on an interval while the app is open.
 * A run that is rate-limited simply waits inside the engine; errors are reported, not thrown.
 */
export class SyncScheduler {
  private stopped = true
  private loop: Promise<void> | null = null
  private wake: AbortController | null = null

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.loop = this.runLoop()
  }

  /** Runs a sync now (the "Sync now" button), unless one is already running. */
  syncNow(): void {
    this.wake?.abort()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.deps.engine.cancel()
    this.wake?.abort()
    await this.loop
  }

  private async runLoop(): Promise<void> {
    while (!this.stopped) {
      await this.runOnce()
      this.wake = new AbortController()
      await this.deps.clock.sleep(this.deps.intervalMs(), this.wake.signal).catch(() => undefined)
    }
  }

  private async runOnce(): Promise<void> {
    const { engine, db, clock } = this.deps
    if (engine.running || !(await this.deps.shouldSync())) return
    try {
      const summary = await engine.run({ full: isFullSyncDue(db, clock.now()), streams: this.deps.streams() })
      this.deps.onResult?.({ summary })
    } catch (error) {
      const failure = isAppError(error)
        ? { code: error.code, message: error.message }
        : { code: 'INTERNAL', message: 'Sync stopped unexpectedly; it will try again later.' }
      this.deps.onResult?.({ error: failure })
    }
  }
}
