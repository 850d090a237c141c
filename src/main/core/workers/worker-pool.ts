import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError } from '../errors'
import { createLogger } from '../log/logger'
import { STOP_MESSAGE, type WorkerReply, type WorkerRequest } from './worker-messages'
import { WORKER_TASKS, type TaskInput, type TaskName, type TaskOutput } from './worker-tasks'

const log = createLogger('workers')

/** Runs tasks on every core (or in this thread where workers cannot start). */
export interface WorkerPool {
  readonly threads: number
  run<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>>
  /**
   * The task on each input, in one message to one worker: for tasks of a fraction of a
   * millisecond, where a message each would cost as much as the work and keep the workers
   * waiting on this thread. Fails as a whole when any input fails.
   */
  runEach<T extends TaskName>(task: T, inputs: TaskInput<T>[]): Promise<TaskOutput<T>[]>
  close(): Promise<void>
}

export interface WorkerPoolOptions {
  /**
   * The built worker script (out/main/worker.js), passed by the shell that knows where it was
   * built. Without it, code running from source (tests, benches, tsx) starts the TypeScript
   * entry through tsx, and a bundle that was not told runs tasks in this thread.
   */
  script?: string
  threads?: number
}

interface Slot {
  worker: Worker
  /** The jobs sent to it and not answered yet, by message id, oldest first. */
  running: Map<number, Job>
}

/**
 * Jobs a worker holds at once: the one it runs and the next, so it starts that one the moment it
 * answers instead of waiting for this thread (busy storing results) to send it.
 */
const DEPTH = 2

interface Job {
  task: TaskName
  input: unknown
  each: boolean
  resolve(value: unknown): void
  reject(error: unknown): void
}

/** The TypeScript entry beside this file, when this file itself runs from source. */
function sourceEntry(): string | null {
  const here = fileURLToPath(import.meta.url)
  return here.endsWith('.ts') ? here.replace(/worker-pool\.ts$/, 'worker-entry.ts') : null
}

export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const script = options.script ?? sourceEntry()
  if (!script) return createInlinePool()
  const threads = Math.max(1, options.threads ?? availableParallelism())
  const slots: Slot[] = []
  const queue: Job[] = []
  let nextId = 1
  let closed = false
  /** Set when a worker could not even start (a packaged app that cannot load the script). */
  let inline: WorkerPool | null = null
  let everAnswered = false

  function start(): Slot {
    const worker = spawnWorker(script as string)
    const slot: Slot = { worker, running: new Map() }
    worker.unref()
    worker.on('message', (reply: WorkerReply) => {
      everAnswered = true
      const job = slot.running.get(reply.id)
      slot.running.delete(reply.id)
      if (job) {
        if (reply.ok) job.resolve(reply.value)
        else job.reject(new AppError('INTERNAL', `A background task failed: ${reply.error}`))
      }
      dispatch()
    })
    // A crashed worker fails only the job it was running (the oldest sent); the ones waiting
    // behind it go back to the queue and a fresh worker starts. Workers that never answered at
    // all cannot start here: the work moves to this thread instead.
    worker.on('error', (error) => {
      log.warn('worker failed', { error })
      const [failed, ...waiting] = slot.running.values()
      slot.running.clear()
      slots.splice(slots.indexOf(slot), 1)
      if (!everAnswered) {
        inline ??= createInlinePool()
        queue.unshift(...(failed ? [failed] : []), ...waiting)
      } else {
        failed?.reject(new AppError('INTERNAL', 'A background task stopped.'))
        queue.unshift(...waiting)
      }
      dispatch()
    })
    slots.push(slot)
    return slot
  }

  function dispatch(): void {
    // Closing: the workers are held until they have left (stopWorker).
    if (closed) return
    if (inline) {
      const runner = inline
      for (const job of queue.splice(0)) {
        const done = job.each
          ? runner.runEach(job.task, job.input as never[])
          : runner.run(job.task, job.input as never)
        done.then(job.resolve, job.reject)
      }
      return
    }
    while (queue.length > 0 && !closed) {
      const slot = slotForNextJob()
      if (!slot) break
      const job = queue.shift() as Job
      const id = nextId++
      slot.running.set(id, job)
      slot.worker.ref()
      try {
        const request: WorkerRequest = { id, task: job.task, input: job.input }
        if (job.each) request.each = true
        slot.worker.postMessage(request)
      } catch (error) {
        slot.running.delete(id)
        job.reject(
          new AppError('INTERNAL', 'A background task got input it cannot take.', { cause: error }),
        )
      }
    }
    // Idle workers must not keep a command-line process alive.
    for (const slot of slots) if (slot.running.size === 0) slot.worker.unref()
  }

  /** An idle worker, else a new one while under `threads`, else the least busy below DEPTH. */
  function slotForNextJob(): Slot | undefined {
    const idle = slots.find((s) => s.running.size === 0)
    if (idle) return idle
    if (slots.length < threads) return start()
    const open = slots.filter((s) => s.running.size < DEPTH)
    return open.sort((a, b) => a.running.size - b.running.size)[0]
  }

  function enqueue<R>(task: TaskName, input: unknown, each: boolean): Promise<R> {
    if (closed) return Promise.reject(new AppError('INTERNAL', 'The worker pool is closed.'))
    return new Promise((resolve, reject) => {
      queue.push({ task, input, each, resolve: resolve as (v: unknown) => void, reject })
      dispatch()
    })
  }

  return {
    threads,
    run: (task, input) => enqueue(task, input, false),
    runEach: (task, inputs) => enqueue(task, inputs, true),
    async close() {
      closed = true
      const stopped = () => new AppError('INTERNAL', 'Stopped.')
      for (const job of queue.splice(0)) job.reject(stopped())
      for (const slot of slots) for (const job of slot.running.values()) job.reject(stopped())
      await Promise.all(slots.map((slot) => stopWorker(slot.worker)))
      slots.length = 0
    },
  }
}

/** How long a worker may take to finish the task in hand once asked to stop. */
const STOP_GRACE_MS = 2000

/**
 * Asks the worker to leave after the task in hand, and terminates it only if it has not within
 * STOP_GRACE_MS. Terminating a thread in the middle of a task can stop it between creating a zlib
 * stream and initialising it, and Node 20 then aborts the whole process while cleaning up.
 */
async function stopWorker(worker: Worker): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  // Held until it has left: an idle worker is unreferenced, and the process must not end first.
  worker.ref()
  try {
    worker.postMessage(STOP_MESSAGE)
  } catch {
    await worker.terminate()
    return
  }
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), STOP_GRACE_MS)
    timer.unref()
  })
  if ((await Promise.race([exited, late])) === 'late') await worker.terminate()
  clearTimeout(timer)
}

/**
 * A built script starts as it is; a TypeScript entry (running from source) starts through tsx's
 * loader, registered inside the worker first: `--import tsx` in a worker's execArgv is not applied
 * before the entry loads on Node 20.
 */
function spawnWorker(script: string): Worker {
  if (!script.endsWith('.ts')) return new Worker(script)
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json')
  const loader = pathToFileURL(tsxPackage.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href
  const entry = pathToFileURL(script).href
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(boot, { eval: true })
}

/** The same tasks in this thread: one at a time, same results. */
export function createInlinePool(): WorkerPool {
  const run = async <T extends TaskName>(task: T, input: TaskInput<T>) => {
    const body = WORKER_TASKS[task] as (input: unknown) => unknown
    return (await body(structuredClone(input))) as TaskOutput<T>
  }
  return {
    threads: 1,
    run,
    runEach: async (task, inputs) => {
      const outputs = []
      for (const input of inputs) outputs.push(await run(task, input))
      return outputs
    },
    close: async () => undefined,
  }
}
