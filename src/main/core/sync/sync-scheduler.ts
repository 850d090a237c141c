import type { SyncSummaryDto } from '../../../shared/dto'
import type { SyncLevel } from '../../../shared/settings-dto'
import type { Clock } from '../clock'
import { LAST_FULL_SYNC_SETTING } from '../db/library-repo'
import type { AppDb } from '../db/open-database'
import { readSetting } from '../db/settings-repo'
import { toAppError } from '../errors'
import type { SyncEngine } from './sync-engine'

/** A full re-list (edits and deletions) about once a day, as the app runs. */
export const FULL_SYNC_EVERY_MS = 24 * 60 * 60 * 1000

export interface SchedulerDeps {
  engine: SyncEngine
  db: AppDb
  clock: Clock
  /** Time between runs, or null when only "Sync now" should start one. */
  intervalMs: () => number | null
  runAtLaunch: () => boolean
  /** Sync only while connected. */
  shouldSync: () => Promise<boolean>
  level: () => SyncLevel
  /** Runs after every sync attempt (retention purge). */
  afterRun?: () => void
  onResult?: (result: {
    summary?: SyncSummaryDto
    error?: { code: string; message: string }
  }) => void
}

const IDLE_CHECK_MS = 60 * 60 * 1000

export function isFullSyncDue(db: AppDb, now: number): boolean {
  const last = Number(readSetting(db, LAST_FULL_SYNC_SETTING) ?? 0)
  return now - last >= FULL_SYNC_EVERY_MS
}

/**
 * Background sync for the app: at launch (if the user wants it), then on an interval while the
 * app is open, and whenever "Sync now" is pressed. Errors are reported, not thrown; a
 * rate-limited run simply waits inside the engine.
 */
export class SyncScheduler {
  private stopped = true
  private loop: Promise<void> | null = null
  private wake: AbortController | null = null
  private requested = false

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.requested = this.deps.runAtLaunch()
    this.loop = this.runLoop()
  }

  /** Runs a sync now, unless one is already running. */
  syncNow(): void {
    this.requested = true
    this.wake?.abort()
  }

  /** Preferences changed: re-read the interval now instead of after the current wait. */
  reschedule(): void {
    this.wake?.abort()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.deps.engine.cancel()
    this.wake?.abort()
    await this.loop
  }

  private async runLoop(): Promise<void> {
    let lastRun = this.deps.clock.now()
    while (!this.stopped) {
      const interval = this.deps.intervalMs()
      const due = interval !== null && this.deps.clock.now() - lastRun >= interval
      if (this.requested || due) {
        this.requested = false
        lastRun = this.deps.clock.now()
        await this.runOnce()
        continue
      }
      this.wake = new AbortController()
      const wait =
        interval === null ? IDLE_CHECK_MS : Math.max(0, lastRun + interval - this.deps.clock.now())
      await this.deps.clock.sleep(wait, this.wake.signal).catch(() => undefined)
    }
  }

  private async runOnce(): Promise<void> {
    const { engine, db, clock } = this.deps
    if (engine.running || !(await this.deps.shouldSync())) return
    try {
      const full = isFullSyncDue(db, clock.now())
      const summary = await engine.run({ full, level: this.deps.level() })
      this.deps.onResult?.({ summary })
    } catch (error) {
      const known = toAppError(error)
      const failure = known
        ? { code: known.code, message: known.message }
        : { code: 'INTERNAL', message: 'Sync stopped unexpectedly; it will try again later.' }
      this.deps.onResult?.({ error: failure })
    } finally {
      this.deps.afterRun?.()
    }
  }
}
