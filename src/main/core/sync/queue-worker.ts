import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm'
import {
  markDeletedOnStrava,
  markNoStreams,
  storeDetail,
  storeStreams,
} from '../db/activities-repo'
import type { DbOrTx } from '../db/open-database'
import { fetchQueue } from '../db/schema'
import {
  checkAsSent,
  detailedActivitySchema,
  parseStreamSet,
  STREAM_KEYS,
} from '../strava/activity-schemas'
import { recordWarning, type SyncContext } from './sync-context'

export type QueueKind = 'detail' | 'streams'
const MAX_ATTEMPTS = 3
const RETRY_DELAY_MS = 15 * 60 * 1000

type QueueItem = typeof fetchQueue.$inferSelect

export function countQueued(ctx: Pick<SyncContext, 'db'>, kind: QueueKind): number {
  return (
    ctx.db
      .select({ n: sql<number>`count(*)` })
      .from(fetchQueue)
      .where(eq(fetchQueue.kind, kind))
      .get()?.n ?? 0
  )
}

/** Works the queue newest activity first, its detail before its streams, until nothing is due. */
export async function runQueue(ctx: SyncContext, kinds: QueueKind[]): Promise<void> {
  for (;;) {
    const item = nextItem(ctx, kinds)
    if (!item) return
    ctx.setPhase(item.kind === 'detail' ? 'details' : 'streams')
    await fetchQueueItem(ctx, item)
    ctx.report()
  }
}

/** Fetches one queued detail or streams and commits it with the queue update. */
export function fetchQueueItem(ctx: SyncContext, item: QueueItem): Promise<void> {
  return item.kind === 'detail' ? fetchDetail(ctx, item) : fetchStreams(ctx, item)
}

export function queuedItemsFor(db: DbOrTx, activityId: number): QueueItem[] {
  return db
    .select()
    .from(fetchQueue)
    .where(eq(fetchQueue.activityId, activityId))
    .orderBy(asc(fetchQueue.kind))
    .all()
}

function nextItem(ctx: SyncContext, kinds: QueueKind[]): QueueItem | undefined {
  return ctx.db
    .select()
    .from(fetchQueue)
    .where(and(inArray(fetchQueue.kind, kinds), lte(fetchQueue.notBefore, ctx.clock.now())))
    .orderBy(desc(fetchQueue.startDate), asc(fetchQueue.kind))
    .limit(1)
    .get()
}

async function fetchDetail(ctx: SyncContext, item: QueueItem): Promise<void> {
  const response = await ctx.api.get(`/activities/${item.activityId}`, {}, ctx.request)
  const now = ctx.clock.now()
  if (response.status === 404) {
    // The activity is gone on Strava: keep our copy, marked, and stop fetching for it.
    ctx.db.transaction((tx) => {
      ctx.counts.deleted += markDeletedOnStrava(tx, [item.activityId], now)
      tx.delete(fetchQueue).where(eq(fetchQueue.activityId, item.activityId)).run()
    })
    return
  }
  const parsed = response.status === 200 ? checkAsSent(detailedActivitySchema, response.body) : null
  if (!parsed?.success || parsed.data.id !== item.activityId) {
    return postpone(ctx, item, `unexpected detail (HTTP ${response.status})`)
  }
  ctx.db.transaction((tx) => {
    storeDetail(tx, parsed.data, now)
    dequeue(tx, item)
  })
  ctx.counts.detailsDone++
}

async function fetchStreams(ctx: SyncContext, item: QueueItem): Promise<void> {
  const response = await ctx.api.get(
    `/activities/${item.activityId}/streams`,
    { keys: STREAM_KEYS.join(','), key_by_type: 'true' },
    ctx.request,
  )
  if (response.status === 404) {
    // Manual activities have no streams: record that once instead of asking again forever.
    ctx.db.transaction((tx) => {
      markNoStreams(tx, item.activityId)
      dequeue(tx, item)
    })
    ctx.counts.streamsDone++
    return
  }
  const streams = response.status === 200 ? parseStreamSet(response.body) : null
  if (!streams) return postpone(ctx, item, `unexpected streams (HTTP ${response.status})`)
  const now = ctx.clock.now()
  ctx.db.transaction((tx) => {
    storeStreams(tx, item.activityId, streams, now)
    dequeue(tx, item)
  })
  ctx.counts.streamsDone++
}

function dequeue(tx: DbOrTx, item: QueueItem) {
  tx.delete(fetchQueue)
    .where(and(eq(fetchQueue.activityId, item.activityId), eq(fetchQueue.kind, item.kind)))
    .run()
}

/** A malformed answer is retried later; after a few tries it is dropped with a visible warning. */
function postpone(ctx: SyncContext, item: QueueItem, reason: string): void {
  const attempts = item.attempts + 1
  if (attempts >= MAX_ATTEMPTS) {
    dequeue(ctx.db, item)
    recordWarning(
      ctx,
      `malformed-${item.kind}`,
      `Gave up fetching the ${item.kind} of an activity: ${reason}.`,
      item.activityId,
    )
    return
  }
  ctx.db
    .update(fetchQueue)
    .set({ attempts, lastError: reason, notBefore: ctx.clock.now() + RETRY_DELAY_MS * attempts })
    .where(and(eq(fetchQueue.activityId, item.activityId), eq(fetchQueue.kind, item.kind)))
    .run()
}
