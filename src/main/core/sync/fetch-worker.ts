import {
  markDeletedOnStrava,
  markNoStreams,
  storeDetail,
  storeStreams,
} from '../db/activities-repo'
import {
  clearFailedFetches,
  nextDueFetch,
  recordFailedFetch,
  type FetchKind,
  type PendingFetch,
} from '../db/pending-fetches'
import {
  checkAsSent,
  detailedActivitySchema,
  parseStreamSet,
  STREAM_KEYS,
} from '../strava/activity-schemas'
import { recordWarning, type SyncContext } from './sync-context'

const MAX_ATTEMPTS = 3
const RETRY_DELAY_MS = 15 * 60 * 1000

/** Works the pending fetches newest activity first, its detail before its streams, until none is due. */
export async function runPendingFetches(ctx: SyncContext, kinds: FetchKind[]): Promise<void> {
  for (;;) {
    const item = nextDueFetch(ctx.db, kinds, ctx.clock.now())
    if (!item) return
    ctx.setPhase(item.kind === 'detail' ? 'details' : 'streams')
    await fetchPending(ctx, item)
    ctx.report()
  }
}

/** Fetches one pending detail or streams and commits it with what is left pending. */
export function fetchPending(ctx: SyncContext, item: PendingFetch): Promise<void> {
  return item.kind === 'detail' ? fetchDetail(ctx, item) : fetchStreams(ctx, item)
}

async function fetchDetail(ctx: SyncContext, item: PendingFetch): Promise<void> {
  const response = await ctx.api.get(`/activities/${item.activityId}`, {}, ctx.request)
  const now = ctx.clock.now()
  if (response.status === 404) {
    // The activity is gone on Strava: keep our copy, marked, and stop fetching for it.
    ctx.db.transaction((tx) => {
      ctx.counts.deleted += markDeletedOnStrava(tx, [item.activityId], now)
      clearFailedFetches(tx, item.activityId)
    })
    return
  }
  const parsed = response.status === 200 ? checkAsSent(detailedActivitySchema, response.body) : null
  if (!parsed?.success || parsed.data.id !== item.activityId) {
    return postpone(ctx, item, `unexpected detail (HTTP ${response.status})`)
  }
  ctx.db.transaction((tx) => storeDetail(tx, parsed.data, now))
  ctx.counts.detailsDone++
}

async function fetchStreams(ctx: SyncContext, item: PendingFetch): Promise<void> {
  const response = await ctx.api.get(
    `/activities/${item.activityId}/streams`,
    { keys: STREAM_KEYS.join(','), key_by_type: 'true' },
    ctx.request,
  )
  if (response.status === 404) {
    // Manual activities have no streams: record that once instead of asking again forever.
    markNoStreams(ctx.db, item.activityId)
    ctx.counts.streamsDone++
    return
  }
  const streams = response.status === 200 ? parseStreamSet(response.body) : null
  if (!streams) return postpone(ctx, item, `unexpected streams (HTTP ${response.status})`)
  const now = ctx.clock.now()
  ctx.db.transaction((tx) => storeStreams(tx, item.activityId, streams, now))
  ctx.counts.streamsDone++
}

/** A malformed answer is retried later; after a few tries it is given up with a visible warning. */
function postpone(ctx: SyncContext, item: PendingFetch, reason: string): void {
  const attempts = item.attempts + 1
  const now = ctx.clock.now()
  const givingUp = attempts >= MAX_ATTEMPTS
  recordFailedFetch(ctx.db, item, {
    attempts,
    reason,
    retryAt: givingUp ? null : now + RETRY_DELAY_MS * attempts,
    now,
  })
  if (givingUp) {
    recordWarning(
      ctx,
      `malformed-${item.kind}`,
      `Gave up fetching the ${item.kind} of an activity: ${reason}.`,
      item.activityId,
    )
  }
}
