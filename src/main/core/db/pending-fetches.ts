/**
 * What the sync still has to fetch per activity. Pending is part of the activity row (a detail
 * is pending while `detail_pending` is set, streams while `streams_state` is 'pending'), so there
 * is no separate queue to keep in step with the library; failed attempts are kept beside it.
 */
import { and, desc, eq, exists, isNotNull, isNull, min, sql, type SQL } from 'drizzle-orm'
import type { DbOrTx } from './open-database'
import { activities, fetchRetries } from './schema'

export type FetchKind = 'detail' | 'streams'

/** A detail or streams still to fetch for one activity. */
export interface PendingFetch {
  activityId: number
  kind: FetchKind
  startDate: number
  /** Failed attempts so far. */
  attempts: number
}

// Literal conditions, not bound parameters: SQLite only reads a partial index for a query whose
// WHERE clause spells out the index's own.
const PENDING: Record<FetchKind, SQL> = {
  detail: sql`${activities.deletedAt} IS NULL AND ${activities.detailPending} = 1`,
  streams: sql`${activities.deletedAt} IS NULL AND ${activities.streamsState} = 'pending'`,
}

function retryOf(kind: FetchKind) {
  return and(eq(fetchRetries.activityId, activities.id), eq(fetchRetries.kind, kind))
}

function pendingColumns(kind: FetchKind) {
  return {
    activityId: activities.id,
    startDate: activities.startDate,
    attempts: sql<number>`coalesce(${fetchRetries.attempts}, 0)`,
    kind: sql<FetchKind>`${kind}`,
  }
}

/** The newest fetch of one kind that is due: not failed, or failed and its retry time come. */
function nextDueOf(db: DbOrTx, kind: FetchKind, now: number): PendingFetch | undefined {
  return db
    .select(pendingColumns(kind))
    .from(activities)
    .leftJoin(fetchRetries, retryOf(kind))
    .where(
      and(
        PENDING[kind],
        sql`(${fetchRetries.activityId} IS NULL OR (${fetchRetries.gaveUpAt} IS NULL AND ${fetchRetries.notBefore} <= ${now}))`,
      ),
    )
    .orderBy(desc(activities.startDate))
    .limit(1)
    .get()
}

/** The next fetch to make: newest activity first, its detail before its streams. */
export function nextDueFetch(
  db: DbOrTx,
  kinds: readonly FetchKind[],
  now: number,
): PendingFetch | undefined {
  let next: PendingFetch | undefined
  for (const kind of kinds) {
    const candidate = nextDueOf(db, kind, now)
    if (candidate && (!next || candidate.startDate > next.startDate)) next = candidate
  }
  return next
}

/** Everything pending for one activity, given up or not: the user opening it asks once more. */
export function pendingFetchesFor(db: DbOrTx, activityId: number): PendingFetch[] {
  return (['detail', 'streams'] as const).flatMap((kind) =>
    db
      .select(pendingColumns(kind))
      .from(activities)
      .leftJoin(fetchRetries, retryOf(kind))
      .where(and(eq(activities.id, activityId), PENDING[kind]))
      .all(),
  )
}

/** Whether the sync stopped asking for this fetch after answers it could not read. */
export function hasGivenUp(db: DbOrTx, activityId: number, kind: FetchKind): boolean {
  const row = db
    .select({ at: fetchRetries.gaveUpAt })
    .from(fetchRetries)
    .where(and(eq(fetchRetries.activityId, activityId), eq(fetchRetries.kind, kind)))
    .get()
  return row?.at != null
}

/** Fetches of one kind the sync will still make (those it gave up on not counted). */
export function countPending(db: DbOrTx, kind: FetchKind): number {
  const pending = db
    .select({ n: sql<number>`count(*)` })
    .from(activities)
    .where(PENDING[kind])
  // Driven from the few failed fetches, not from every pending one.
  const givenUp = db
    .select({ n: sql<number>`count(*)` })
    .from(fetchRetries)
    .where(
      and(
        eq(fetchRetries.kind, kind),
        isNotNull(fetchRetries.gaveUpAt),
        exists(
          db
            .select({ id: activities.id })
            .from(activities)
            .where(and(retryOf(kind), PENDING[kind])),
        ),
      ),
    )
  return (pending.get()?.n ?? 0) - (givenUp.get()?.n ?? 0)
}

/** When the earliest postponed fetch of these kinds may be tried again, if any is waiting. */
export function earliestRetry(db: DbOrTx, kinds: readonly FetchKind[]): number | null {
  let earliest: number | null = null
  for (const kind of kinds) {
    const next =
      db
        .select({ at: min(fetchRetries.notBefore) })
        .from(fetchRetries)
        .innerJoin(activities, retryOf(kind))
        .where(and(PENDING[kind], isNull(fetchRetries.gaveUpAt)))
        .get()?.at ?? null
    if (next !== null && (earliest === null || next < earliest)) earliest = next
  }
  return earliest
}

export interface FetchFailure {
  attempts: number
  reason: string
  /** When to try again; null when the sync gives up. */
  retryAt: number | null
  now: number
}

export function recordFailedFetch(db: DbOrTx, fetch: PendingFetch, failure: FetchFailure): void {
  const values = {
    attempts: failure.attempts,
    lastError: failure.reason,
    notBefore: failure.retryAt ?? failure.now,
    gaveUpAt: failure.retryAt === null ? failure.now : null,
  }
  db.insert(fetchRetries)
    .values({ activityId: fetch.activityId, kind: fetch.kind, ...values })
    .onConflictDoUpdate({ target: [fetchRetries.activityId, fetchRetries.kind], set: values })
    .run()
}

/** Forgets failed attempts: the fetch succeeded, is no longer needed, or deserves a fresh start. */
export function clearFailedFetches(db: DbOrTx, activityId: number, kind?: FetchKind): void {
  db.delete(fetchRetries)
    .where(
      and(
        eq(fetchRetries.activityId, activityId),
        kind === undefined ? undefined : eq(fetchRetries.kind, kind),
      ),
    )
    .run()
}
