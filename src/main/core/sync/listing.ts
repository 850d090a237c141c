import { randomInt } from 'node:crypto'
import { and, isNull, lt, notInArray, sql } from 'drizzle-orm'
import type { Clock } from '../clock'
import type { DbOrTx } from '../db/open-database'
import { markDeletedOnStrava, newestListedStartDate, upsertSummaries } from '../db/activities-repo'
import { activities, listingSeen } from '../db/schema'
import { AppError } from '../errors'
import {
  clearListingCheckpoint,
  writeListingCheckpoint,
  type ListingCheckpoint,
} from './checkpoint'
import { parseActivityPage } from './parse-page'
import { recordWarning, type SyncContext } from './sync-context'

export const PAGE_SIZE = 200
/** Late uploads (a watch synced days later) start before the newest activity we have. */
export const INCREMENTAL_OVERLAP_SECONDS = 3 * 24 * 3600
const MALFORMED_PAGE_ATTEMPTS = 3

/**
 * Plans the listing this run needs: initial (nothing listed by the API yet, though the library
 * may hold an export or device files), incremental, or full.
 */
export function planListing(db: DbOrTx, clock: Clock, full: boolean): ListingCheckpoint {
  const newest = newestListedStartDate(db)
  const nowSeconds = Math.floor(clock.now() / 1000)
  const base = { nextPage: 1, pages: 0, activities: 0, malformedPageAttempts: 0 }
  if (newest === null) return { kind: 'initial', before: nowSeconds + 60, after: null, ...base }
  if (full) return { kind: 'full', before: nowSeconds + 60, after: null, ...base }
  return { kind: 'incremental', before: null, after: newest - INCREMENTAL_OVERLAP_SECONDS, ...base }
}

/**
 * Pages through `GET /athlete/activities` until an empty page. Each page is written in one
 * transaction together with the checkpoint, so a stop at any point resumes at the next page.
 */
export async function runListing(ctx: SyncContext, checkpoint: ListingCheckpoint): Promise<void> {
  let current = checkpoint
  if (current.kind === 'full' && current.nextPage === 1) ctx.db.delete(listingSeen).run()
  for (;;) {
    const response = await ctx.api.get(
      '/athlete/activities',
      {
        before: current.before ?? undefined,
        after: current.after ?? undefined,
        page: current.nextPage,
        per_page: PAGE_SIZE,
      },
      ctx.request,
    )
    const page = response.status === 200 ? parseActivityPage(response.body) : null
    if (!page) {
      current = await retryMalformedPage(ctx, current, response.status)
      continue
    }
    if (page.size === 0) break
    const now = ctx.clock.now()
    const next: ListingCheckpoint = {
      ...current,
      nextPage: current.nextPage + 1,
      pages: current.pages + 1,
      activities: current.activities + page.items.length,
      malformedPageAttempts: 0,
    }
    ctx.db.transaction((tx) => {
      // The plain handle (same connection, same transaction) lets inserts use prepared statements.
      const result = upsertSummaries(ctx.db, page.items, now)
      ctx.counts.added += result.added
      ctx.counts.updated += result.updated
      if (current.kind === 'full') {
        const seen = [
          ...page.items.map((i) => i.id),
          ...page.rejected.flatMap((r) => (r.id ? [r.id] : [])),
        ]
        for (const id of seen)
          tx.insert(listingSeen).values({ activityId: id }).onConflictDoNothing().run()
      }
      writeListingCheckpoint(tx, next)
    })
    for (const rejected of page.rejected) {
      recordWarning(
        ctx,
        'malformed-activity',
        `Skipped an activity Strava sent in an unexpected shape (${rejected.reason}).`,
        rejected.id ?? undefined,
      )
    }
    current = next
    ctx.report()
    if (endsIncrementalListing(ctx, current, page.size)) break
  }
  if (current.kind === 'full') await verifyMissing(ctx, current.before ?? 0)
  ctx.db.transaction((tx) => {
    clearListingCheckpoint(tx)
    tx.delete(listingSeen).run()
  })
}

/**
 * A short page ends an incremental listing when nothing is hidden from us (activity:read_all):
 * it saves the empty-page request on every routine sync. Full listings always page to the end.
 */
function endsIncrementalListing(ctx: SyncContext, listing: ListingCheckpoint, size: number) {
  return listing.kind === 'incremental' && ctx.allActivitiesVisible && size < PAGE_SIZE
}

async function retryMalformedPage(ctx: SyncContext, current: ListingCheckpoint, status: number) {
  const attempts = current.malformedPageAttempts + 1
  if (attempts >= MALFORMED_PAGE_ATTEMPTS) {
    writeListingCheckpoint(ctx.db, { ...current, malformedPageAttempts: 0 })
    throw new AppError(
      'STRAVA_RESPONSE',
      `Strava sent an unreadable activity list (HTTP ${status}) ${attempts} times; your backup is unchanged. Sync will try again later.`,
    )
  }
  const next = { ...current, malformedPageAttempts: attempts }
  writeListingCheckpoint(ctx.db, next)
  await ctx.clock.sleep(1000 * 2 ** attempts + randomInt(0, 1000), ctx.request.signal)
  return next
}

/**
 * Activities a full listing did not return may be deleted on Strava, or may have been skipped
 * by paging while the list changed. Each is checked with one detail request before it is marked.
 */
async function verifyMissing(ctx: SyncContext, before: number): Promise<void> {
  const missing = ctx.db
    .select({ id: activities.id })
    .from(activities)
    .where(
      and(
        isNull(activities.deletedAt),
        lt(activities.startDate, before),
        notInArray(activities.id, sql`(SELECT activity_id FROM listing_seen)`),
      ),
    )
    .all()
  if (missing.length > 0) ctx.setPhase('verifying')
  for (const { id } of missing) {
    const response = await ctx.api.get(`/activities/${id}`, {}, ctx.request)
    if (response.status === 404) {
      ctx.counts.deleted += markDeletedOnStrava(ctx.db, [id], ctx.clock.now())
    }
    ctx.report()
  }
}
