import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'
import type { WorkerPool } from '../workers/worker-pool'
import type { TaskName, TaskOutput } from '../workers/worker-tasks'
import type { DeriveProgress, Deriver } from './deriver'
import { writeMark } from './derivation-progress'
import { staleSubjects, type StaleSubject } from './stale-subjects'

/** Enough to keep every worker busy while the last batch is stored; small enough to stop soon. */
const BATCH = 64
/**
 * Batches handed to the workers ahead of the one being stored: with one, the workers ran dry
 * while the main thread read the next batch's streams, and both sides sat idle a third of a
 * first run.
 */
const AHEAD = 2
/** Activities sent to a worker in one message (WorkerPool.runEach). */
const GROUP = 8

export interface DeriveParts {
  db: AppDb
  workers: WorkerPool
  clock: Clock
}

export interface DeriveOptions {
  signal?: AbortSignal
  onProgress?: (progress: DeriveProgress) => void
}

const READ_STREAMS = 'SELECT data FROM activity_streams WHERE activity_id = ?'
const ACTIVITY_EXISTS = 'SELECT 1 FROM activities WHERE id = ?'
const RECORD = `INSERT INTO derivations (activity_id, kind, version, inputs, computed_at)
  VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (activity_id, kind) DO UPDATE SET
    version = excluded.version, inputs = excluded.inputs, computed_at = excluded.computed_at`

/**
 * Brings one kind of derived figures up to date, newest activity first: computes in the worker
 * pool, stores each batch in one transaction (with its version and inputs), so any stop resumes
 * where it was. The next batches are computing while one is stored, so the workers never wait for
 * the disk. Returns how many activities were computed.
 */
export async function deriveStale<T extends TaskName>(
  parts: DeriveParts,
  deriver: Deriver<T>,
  options: DeriveOptions = {},
): Promise<number> {
  const { stale, mark } = staleSubjects(parts.db, deriver)
  const progress = { kind: deriver.kind, done: 0, total: stale.length }
  if (stale.length > 0) options.onProgress?.({ ...progress })
  const batches: StaleSubject[][] = []
  for (let start = 0; start < stale.length; start += BATCH) {
    batches.push(stale.slice(start, start + BATCH))
  }
  const computing = batches.slice(0, AHEAD).map((batch) => computeBatch(parts, deriver, batch))
  try {
    for (let i = 0; i < batches.length; i++) {
      options.signal?.throwIfAborted()
      const outputs = (await computing[i]) as TaskOutput<T>[]
      options.signal?.throwIfAborted()
      const following = batches[i + AHEAD]
      if (following) computing.push(computeBatch(parts, deriver, following))
      const batch = batches[i] as StaleSubject[]
      storeBatch(parts, deriver, batch, outputs)
      progress.done += batch.length
      options.onProgress?.({ ...progress })
    }
  } finally {
    // Batches left computing by a stop must not fail unheard.
    for (const batch of computing) batch.catch(() => undefined)
  }
  // Only a run that stored everything may say so: a stopped one is checked again next time.
  writeMark(parts.db, deriver.kind, mark)
  return stale.length
}

function computeBatch<T extends TaskName>(
  parts: DeriveParts,
  deriver: Deriver<T>,
  batch: StaleSubject[],
): Promise<TaskOutput<T>[]> {
  const read = statementFor(parts.db, READ_STREAMS).pluck(true)
  const groups: Promise<TaskOutput<T>[]>[] = []
  for (let start = 0; start < batch.length; start += GROUP) {
    const inputs = batch.slice(start, start + GROUP).map(({ subject }) => {
      const data = read.get(subject.id) as Buffer | undefined
      return deriver.inputFor(subject, data ?? null)
    })
    groups.push(parts.workers.runEach(deriver.task, inputs))
  }
  return Promise.all(groups).then((outputs) => outputs.flat())
}

function storeBatch<T extends TaskName>(
  parts: DeriveParts,
  deriver: Deriver<T>,
  batch: StaleSubject[],
  outputs: TaskOutput<T>[],
): void {
  const now = parts.clock.now()
  const { db } = parts
  const exists = statementFor(db, ACTIVITY_EXISTS).pluck(true)
  const record = statementFor(db, RECORD)
  db.$client.transaction(() => {
    batch.forEach(({ subject, inputs }, index) => {
      // The activity may have been purged while its figures were computed.
      if (!exists.get(subject.id)) return
      deriver.store(db, subject, outputs[index] as TaskOutput<T>)
      record.run(subject.id, deriver.kind, deriver.version, inputs, now)
    })
  })()
}
