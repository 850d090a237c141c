/**
 * The jobs worker threads run: pure functions of plain data (structured-clone in, out), so the
 * same function runs in a worker or in this thread. Features add their tasks here.
 */
import { prepareMapTrack } from '../maps/prepare-map-track'

export const WORKER_TASKS = {
  /** A health check: answers with its input, proving the worker runs the current code. */
  echo: (input: unknown): unknown => input,
  /** The map explorer's data of one activity (maps/prepare-map-track.ts). */
  mapTrack: prepareMapTrack,
} satisfies Record<string, (input: never) => unknown>

export type WorkerTasks = typeof WORKER_TASKS
export type TaskName = keyof WorkerTasks
export type TaskInput<T extends TaskName> = Parameters<WorkerTasks[T]>[0]
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<WorkerTasks[T]>>

export function isTaskName(value: unknown): value is TaskName {
  return typeof value === 'string' && Object.hasOwn(WORKER_TASKS, value)
}
