import type { AppDb } from '../db/open-database'
import type { TaskInput, TaskName, TaskOutput } from '../workers/worker-tasks'
import type { ActivityHeadRow } from '../db/activity-head-row'

/**
 * What a deriver knows of an activity besides its streams: its library columns, and the stored
 * stream types (`time,distance,watts,…`, null without streams) so a deriver keys its inputs on
 * what the activity can use (no FTP for a run without power). Absent: unknown.
 */
export interface DerivationSubject extends Omit<ActivityHeadRow, 'name'> {
  streamKeys?: string | null
}

/** What `inputsOf` sees of an activity. */
export type DerivationKey = DerivationSubject

/**
 * One kind of figures computed from each activity's stored streams (the performance lab, the map
 * explorer). The computation runs in a worker thread (`task`); storing runs here, in one
 * transaction per batch. The runner recomputes an activity when `version` or `inputsOf` changes,
 * or when its streams were fetched again.
 */
export interface Deriver<T extends TaskName = TaskName> {
  readonly kind: string
  /** Raise it when the algorithm changes: every activity is computed again. */
  readonly version: number
  readonly task: T
  /**
   * Called once before a run asks `inputsOf` of any activity: the moment to read what the inputs
   * come from besides the activity (the athlete's thresholds) in one query instead of one per
   * activity. Returns a fingerprint of exactly that: when it changes, every activity is checked
   * again; while it stays, only the activities that changed (activity_changes).
   */
  snapshot?(): string
  /**
   * A short key of what the result depends on besides the streams: the activity's own columns
   * and what `snapshot` read, nothing else (an input that moved without either would go unseen).
   */
  inputsOf(subject: DerivationKey): string
  /** The worker's input; `streams` is the stored deflated streams row, or null when none. */
  inputFor(subject: DerivationSubject, streams: Uint8Array | null): TaskInput<T>
  /**
   * Replaces the activity's stored figures with `output`. Runs inside the runner's batch
   * transaction, on the same connection: prepared statements (db/reused-statements.ts) serve
   * best, because a first run over a library stores tens of thousands of activities.
   */
  store(db: AppDb, subject: DerivationSubject, output: TaskOutput<T>): void
}

export type { DeriveProgressDto as DeriveProgress } from '../../../shared/dto'
