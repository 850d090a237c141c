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

async function answer({ id, task, input }: WorkerRequest): Promise<WorkerReply> {
  if (!isTaskName(task)) return { id, ok: false, error: `unknown task ${String(task)}` }
  try {
    const run = WORKER_TASKS[task] as (input: unknown) => unknown
    return { id, ok: true, value: await run(input) }
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
