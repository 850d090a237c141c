import { sql } from 'drizzle-orm'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { derivations } from '../db/schema'
import type { WorkerPool } from '../workers/worker-pool'
import type { TaskName, TaskOutput } from '../workers/worker-tasks'
import type { DeriveProgress, Deriver } from './deriver'
import { staleSubjects, type StaleSubject } from './stale-subjects'

/** Enough to keep every worker busy while the last batch is stored; small enough to stop soon. */
const BATCH = 64

export interface DeriveParts {
  db: AppDb
  workers: WorkerPool
  clock: Clock
}

export interface DeriveOptions {
  signal?: AbortSignal
  onProgress?: (progress: DeriveProgress) => void
}

/**
 * Brings one kind of derived figures up to date, newest activity first: computes in the worker
 * pool, stores each batch in one transaction (with its version and inputs), so any stop resumes
 * where it was. Returns how many activities were computed.
 */
export async function deriveStale<T extends TaskName>(
  parts: DeriveParts,
  deriver: Deriver<T>,
  options: DeriveOptions = {},
): Promise<number> {
  const stale = staleSubjects(parts.db, deriver)
  const progress = { kind: deriver.kind, done: 0, total: stale.length }
  if (stale.length > 0) options.onProgress?.({ ...progress })
  for (let start = 0; start < stale.length; start += BATCH) {
    options.signal?.throwIfAborted()
    const batch = stale.slice(start, start + BATCH)
    const outputs = await Promise.all(batch.map((item) => compute(parts, deriver, item)))
    options.signal?.throwIfAborted()
    storeBatch(parts, deriver, batch, outputs)
    progress.done += batch.length
    options.onProgress?.({ ...progress })
  }
  return stale.length
}

function compute<T extends TaskName>(
  parts: DeriveParts,
  deriver: Deriver<T>,
  { subject }: StaleSubject,
): Promise<TaskOutput<T>> {
  const row = parts.db.get<{ data: Buffer } | undefined>(
    sql`SELECT data FROM activity_streams WHERE activity_id = ${subject.id}`,
  )
  return parts.workers.run(deriver.task, deriver.inputFor(subject, row?.data ?? null))
}

function storeBatch<T extends TaskName>(
  parts: DeriveParts,
  deriver: Deriver<T>,
  batch: StaleSubject[],
  outputs: TaskOutput<T>[],
): void {
  const now = parts.clock.now()
  parts.db.transaction((tx) => {
    batch.forEach(({ subject, inputs }, index) => {
      // The activity may have been purged while its figures were computed.
      const exists = tx.get(sql`SELECT 1 FROM activities WHERE id = ${subject.id}`)
      if (!exists) return
      deriver.store(tx, subject, outputs[index] as TaskOutput<T>)
      const row = { activityId: subject.id, kind: deriver.kind, version: deriver.version, inputs }
      tx.insert(derivations)
        .values({ ...row, computedAt: now })
        .onConflictDoUpdate({
          target: [derivations.activityId, derivations.kind],
          set: { version: row.version, inputs, computedAt: now },
        })
        .run()
    })
  })
}
