/** What the pool and its worker threads say to each other. */
export interface WorkerRequest {
  id: number
  task: string
  input: unknown
  /** When set, `input` is a list: the task runs on each and the reply's value lists the outputs. */
  each?: true
}

export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }

/** Sent by the pool when it closes: the worker leaves once the task in hand is answered. */
export const STOP_MESSAGE = 'trailkeep:stop'
