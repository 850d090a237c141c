/** A worker thread's body: runs WORKER_TASKS for the pool and answers each message once. */
import { parentPort } from 'node:worker_threads'
import { isTaskName, WORKER_TASKS } from './worker-tasks'
import { STOP_MESSAGE, type WorkerReply, type WorkerRequest } from './worker-messages'

const port = parentPort
if (port) {
  let answering = Promise.resolve()
  port.on('message', (request: WorkerRequest | typeof STOP_MESSAGE) => {
    if (request === STOP_MESSAGE) {
      // After the answers under way, so the thread ends with nothing half done (in a worker,
      // process.exit ends this thread only).
      void answering.then(() => process.exit(0))
      return
    }
    answering = answer(request).then((reply) => port.postMessage(reply))
  })
}

async function answer({ id, task, input, each }: WorkerRequest): Promise<WorkerReply> {
  if (!isTaskName(task)) return { id, ok: false, error: `unknown task ${String(task)}` }
  if (each && !Array.isArray(input)) return { id, ok: false, error: 'a list of inputs expected' }
  try {
    const run = WORKER_TASKS[task] as (input: unknown) => unknown
    if (!each) return { id, ok: true, value: await run(input) }
    const values: unknown[] = []
    for (const one of input as unknown[]) values.push(await run(one))
    return { id, ok: true, value: values }
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
