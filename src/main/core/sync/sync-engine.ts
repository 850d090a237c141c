import type { SyncPhase, SyncProgressDto, SyncSummaryDto } from '../../../shared/dto'
import type { SyncLevel } from '../../../shared/settings-dto'
import type { Sync } from '../trailkeep'
import type { Clock } from '../clock'
import { countLiveActivities, LAST_FULL_SYNC_SETTING, LAST_SYNC_SETTING } from '../db/library-repo'
import type { AppDb } from '../db/open-database'
import { countPending, earliestRetry, type FetchKind } from '../db/pending-fetches'
import { writeSetting } from '../db/settings-repo'
import { AppError, isAppError } from '../errors'
import type { StravaApi } from '../strava/api-client'
import { readListingCheckpoint } from './checkpoint'
import { PAGE_SIZE, planListing, runListing } from './listing'
import { runPendingFetches } from './fetch-worker'
import { BudgetExhausted, type RateLimiter } from './rate-limiter'
import { earliestFinish } from './rate-windows'
import type { SyncContext, SyncCounts } from './sync-context'
import { SyncLock } from './sync-lock'
import { createLogger } from '../log/logger'

const log = createLogger('sync')
import { judgeGrantedScope } from '../auth/scope'
import { connection } from '../db/schema'

export interface SyncOptions {
  /** Re-list every summary to pick up edits and deletions. */
  full?: boolean
  /**
   * everything (default): summaries, details and streams; details: no stream requests;
   * summaries: list requests only. What is not fetched stays pending for a later sync.
   */
  level?: SyncLevel
  /** Wait for the next rate-limit window (default) or stop cleanly and report. */
  wait?: boolean
  signal?: AbortSignal
}

const FETCHED_BY_LEVEL: Record<SyncLevel, FetchKind[]> = {
  everything: ['detail', 'streams'],
  details: ['detail'],
  summaries: [],
}

export interface SyncEngineDeps {
  db: AppDb
  api: StravaApi
  limiter: RateLimiter
  clock: Clock
  onProgress?: (progress: SyncProgressDto) => void
}

/**
 * Runs one sync at a time (in this process and, through a database lease, across processes):
 * list new or changed summaries, then fetch details and streams newest first, within the rate
 * limits, reporting honest progress. Every step commits as it goes, so any stop resumes.
 */
export class SyncEngine implements Sync {
  private active: AbortController | null = null
  private latest: SyncProgressDto | null = null

  constructor(private readonly deps: SyncEngineDeps) {}

  get running(): boolean {
    return this.active !== null
  }

  progress(): SyncProgressDto | null {
    return this.latest
  }

  stillToFetch(): { details: number; streams: number } {
    return {
      details: countPending(this.deps.db, 'detail'),
      streams: countPending(this.deps.db, 'streams'),
    }
  }

  cancel(): boolean {
    this.active?.abort(new AppError('CONNECT_CANCELLED', 'Sync stopped.'))
    return this.active !== null
  }

  async run(options: SyncOptions = {}): Promise<SyncSummaryDto> {
    if (this.active) throw new AppError('SYNC_BUSY', 'A sync is already running.')
    const { db, api, clock } = this.deps
    const lock = new SyncLock(db, clock)
    lock.acquire()
    const controller = new AbortController()
    this.active = controller
    const signal = options.signal
      ? AbortSignal.any([options.signal, controller.signal])
      : controller.signal
    const level = options.level ?? 'everything'
    const kinds = FETCHED_BY_LEVEL[level]
    const startRequests = api.stats.requests
    const startRateLimited = api.stats.rateLimited
    const counts: SyncCounts = {
      added: 0,
      updated: 0,
      deleted: 0,
      detailsDone: 0,
      streamsDone: 0,
      warnings: 0,
    }
    const startedAt = new Date(clock.now()).toISOString()
    let phase: SyncPhase = 'listing'
    let waitingUntil: number | null = null
    let listing = readListingCheckpoint(db) ?? planListing(db, clock, options.full ?? false)
    if (options.full && listing.kind === 'incremental') listing = planListing(db, clock, true)

    const ctx: SyncContext = {
      db,
      api,
      clock,
      counts,
      allActivitiesVisible: judgeGrantedScope(readGrantedScope(db)) === 'all-activities',
      request: {
        signal,
        wait: options.wait ?? true,
        onWait: (until) => {
          waitingUntil = until
          lock.extend(until - clock.now())
          this.emit(build('waiting'))
        },
      },
      setPhase: (next) => void (phase = next),
      report: () => {
        waitingUntil = null
        listing = readListingCheckpoint(db) ?? listing
        this.emit(build(phase))
      },
    }
    const build = (current: SyncPhase): SyncProgressDto =>
      this.describe({
        current,
        counts,
        kinds,
        listing,
        startedAt,
        waitingUntil,
        listingDone: phase !== 'listing' && phase !== 'verifying',
      })

    const finish = (complete: boolean, resumeAfter: number | null): SyncSummaryDto => ({
      complete,
      added: counts.added,
      updated: counts.updated,
      deleted: counts.deleted,
      requests: api.stats.requests - startRequests,
      rateLimited: api.stats.rateLimited - startRateLimited,
      resumeAfter: resumeAfter === null ? null : new Date(resumeAfter).toISOString(),
    })

    log.info('sync started', {
      listing: listing.kind,
      resumedAtPage: listing.nextPage,
      level,
    })
    try {
      this.emit(build('listing'))
      await runListing(ctx, listing)
      writeSetting(db, LAST_SYNC_SETTING, String(clock.now()))
      if (listing.kind !== 'incremental')
        writeSetting(db, LAST_FULL_SYNC_SETTING, String(clock.now()))
      phase = 'details'
      if (kinds.length > 0) await runPendingFetches(ctx, kinds)
      const postponed = kinds.length > 0 ? earliestRetry(db, kinds) : null
      log.info('sync finished', { ...finish(postponed === null, postponed) })
      this.emit(build(postponed === null ? 'done' : 'idle'))
      return finish(postponed === null, postponed)
    } catch (error) {
      log.warn('sync stopped', { error })
      if (error instanceof BudgetExhausted) {
        this.emit(build('idle'))
        return finish(false, error.resumeAt)
      }
      if (signal.aborted && !isAppError(error, 'RECONNECT_REQUIRED')) {
        this.emit(build('idle'))
        return finish(false, null)
      }
      throw error
    } finally {
      this.active = null
      lock.release()
    }
  }

  private describe(input: {
    current: SyncPhase
    counts: SyncCounts
    kinds: FetchKind[]
    listing: { pages: number; activities: number; kind: string }
    listingDone: boolean
    startedAt: string
    waitingUntil: number | null
  }): SyncProgressDto {
    const { db, limiter, clock } = this.deps
    const detailsLeft = input.kinds.includes('detail') ? countPending(db, 'detail') : 0
    const streamsLeft = input.kinds.includes('streams') ? countPending(db, 'streams') : 0
    const budgets = limiter.budgets
    let listingLeft = 0
    if (!input.listingDone) {
      // A full listing knows roughly how many pages remain; an initial one cannot know yet.
      listingLeft =
        input.listing.kind === 'initial'
          ? Number.NaN
          : Math.ceil(Math.max(0, countLiveActivities(db) - input.listing.activities) / PAGE_SIZE) +
            1
    }
    const remaining = detailsLeft + streamsLeft + listingLeft
    const eta = Number.isNaN(remaining) ? null : earliestFinish(budgets, clock.now(), remaining)
    return {
      phase: input.current,
      listing: {
        pages: input.listing.pages,
        activities: input.listing.activities,
        complete: input.listingDone,
      },
      details: { done: input.counts.detailsDone, remaining: detailsLeft },
      streams: { done: input.counts.streamsDone, remaining: streamsLeft },
      budget: { ...budgets.read },
      waitingUntil: input.waitingUntil === null ? null : new Date(input.waitingUntil).toISOString(),
      etaAt: eta === null ? null : new Date(eta).toISOString(),
      startedAt: input.startedAt,
      warnings: input.counts.warnings,
    }
  }

  private emit(progress: SyncProgressDto) {
    this.latest = progress
    this.deps.onProgress?.(progress)
  }
}

function readGrantedScope(db: AppDb): string {
  return db.select({ scope: connection.grantedScope }).from(connection).get()?.scope ?? ''
}
