import { createLogger } from '../log/logger'
import { latestChange, pruneChanges } from './activity-changes'
import { oldestFollowed } from './derivation-progress'
import { deriveStale, type DeriveOptions, type DeriveParts } from './derive-runner'
import type { DeriveProgress, Deriver } from './deriver'

const log = createLogger('derived')

/**
 * Changes kept in the log after every kind has followed them: readers that keep state in memory
 * (the explorer's tile sets) bring themselves up to date from the log as long as it reaches back
 * to where they last looked, and start over otherwise.
 */
const KEEP_CHANGES = 10_000

/**
 * Every kind of derived figures, kept up to date: on demand (the command line asks before it
 * answers) and in the background (the app, after each sync or import). One run at a time;
 * a request during a run is served by running once more after it.
 */
export class DerivedData {
  private current: Promise<void> | null = null
  private again = false
  private latest: DeriveProgress | null = null
  private readonly stop = new AbortController()

  constructor(
    private readonly parts: DeriveParts,
    private readonly derivers: readonly Deriver[],
    private readonly onProgress?: (progress: DeriveProgress) => void,
    /** Run after each refresh, once everything is current (the app packs its heatmap). */
    private readonly afterRefresh?: () => Promise<void>,
  ) {}

  get running(): boolean {
    return this.current !== null
  }

  progress(): DeriveProgress | null {
    return this.latest
  }

  /** Stops a running refresh at its next batch (closing the library). */
  cancel(): void {
    this.stop.abort()
  }

  /** Computes whatever is missing or out of date; resolves when everything is current. */
  async refresh(options: DeriveOptions = {}): Promise<void> {
    while (this.current) {
      this.again = true
      await this.current
    }
    this.current = this.runAll(options).finally(() => (this.current = null))
    await this.current
  }

  /** Starts a refresh without waiting for it (the app); failures are logged, not thrown. */
  refreshSoon(): void {
    if (this.current) {
      this.again = true
      return
    }
    void this.refresh().catch((error: unknown) => log.warn('derived figures stopped', { error }))
  }

  private async runAll(options: DeriveOptions): Promise<void> {
    const signal = options.signal
      ? AbortSignal.any([options.signal, this.stop.signal])
      : this.stop.signal
    do {
      this.again = false
      for (const deriver of this.derivers) {
        await deriveStale(this.parts, deriver, {
          signal,
          onProgress: (progress) => {
            this.latest = progress
            this.onProgress?.(progress)
            options.onProgress?.(progress)
          },
        })
      }
      this.pruneChangeLog()
    } while (this.again && !signal.aborted)
    if (signal.aborted || !this.afterRefresh) return
    await this.afterRefresh().catch((error: unknown) =>
      log.warn('work after the derived figures failed', { error }),
    )
  }

  private pruneChangeLog(): void {
    const { db } = this.parts
    const followed = oldestFollowed(
      db,
      this.derivers.map((d) => d.kind),
    )
    pruneChanges(db, Math.min(followed, latestChange(db) - KEEP_CHANGES))
  }
}
