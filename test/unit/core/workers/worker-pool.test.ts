import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createInlinePool,
  createWorkerPool,
  type WorkerPool,
} from '../../../../src/main/core/workers/worker-pool'

const pools: WorkerPool[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()))
})

describe('the worker pool', () => {
  it('runs tasks on worker threads from source and answers each call with its own result', async () => {
    const pool = createWorkerPool({ threads: 2 })
    pools.push(pool)
    expect(pool.threads).toBe(2)
    const inputs = Array.from({ length: 20 }, (_, i) => ({ i, bytes: new Uint8Array([i, i + 1]) }))
    const answers = await Promise.all(inputs.map((input) => pool.run('echo', input)))
    expect(answers).toEqual(inputs)
  })

  it('gives the same answers in this thread', async () => {
    const inline = createInlinePool()
    const input = { nested: { list: [1, 2, 3] }, when: new Date(0) }
    const answer = await inline.run('echo', input)
    expect(answer).toEqual(input)
    expect(answer).not.toBe(input)
  })

  it('runs a task on each input of one message, answering in order, in threads and inline', async () => {
    const pool = createWorkerPool({ threads: 2 })
    pools.push(pool)
    const groups = Array.from({ length: 6 }, (_, g) =>
      Array.from({ length: 8 }, (_, i) => ({ g, i, bytes: new Uint8Array([g, i]) })),
    )
    const answers = await Promise.all(groups.map((group) => pool.runEach('echo', group)))
    expect(answers).toEqual(groups)
    expect(await createInlinePool().runEach('echo', groups[0] ?? [])).toEqual(groups[0])
  })

  it('fails a group as a whole when one of its inputs fails, and goes on', async () => {
    const pool = createWorkerPool({ threads: 1 })
    pools.push(pool)
    const missing = '/no/such/file.fit'
    await expect(pool.runEach('fileContentKey', [missing])).rejects.toMatchObject({
      code: 'INTERNAL',
    })
    expect(await pool.runEach('echo', [1, 2])).toEqual([1, 2])
  })

  it('refuses input that cannot cross to a thread without stopping the pool', async () => {
    const pool = createWorkerPool({ threads: 1 })
    pools.push(pool)
    await expect(pool.run('echo', { f: () => 1 })).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(await pool.run('echo', 'still here')).toBe('still here')
  })

  it('closes while busy: every call settles and the threads leave between tasks', async () => {
    const pool = createWorkerPool({ threads: 2 })
    const calls = Array.from({ length: 40 }, (_, i) =>
      pool.run('echo', { i }).then(
        () => 'answered',
        () => 'stopped',
      ),
    )
    await pool.close()
    const settled = await Promise.all(calls)
    expect(settled.filter((s) => s === 'stopped').length).toBeGreaterThan(0)
    await expect(pool.run('echo', 1)).rejects.toThrow()
  })

  it('stops queued work when closed', async () => {
    const pool = createWorkerPool({ threads: 1 })
    const first = pool.run('echo', 1).catch((error: unknown) => error)
    const queued = pool.run('echo', 2).catch((error: unknown) => error)
    await pool.close()
    expect(await queued).toMatchObject({ code: 'INTERNAL' })
    expect(await first).toMatchObject({ code: 'INTERNAL' })
    await expect(pool.run('echo', 3)).rejects.toMatchObject({ code: 'INTERNAL' })
  })
})

describe('a worker script that cannot start', () => {
  it('runs the work in this thread instead of failing it', async () => {
    const pool = createWorkerPool({ script: '/nonexistent/trailkeep-worker.js', threads: 2 })
    pools.push(pool)
    expect(await Promise.all([pool.run('echo', 1), pool.run('echo', 2)])).toEqual([1, 2])
  })
})

describe('the built worker script', () => {
  const built = fileURLToPath(new URL('../../../../out/main/worker.js', import.meta.url))
  it.skipIf(!existsSync(built))(
    'answers from out/main/worker.js (npm test builds first)',
    async () => {
      const pool = createWorkerPool({ script: built, threads: 1 })
      pools.push(pool)
      expect(await pool.run('echo', { built: true })).toEqual({ built: true })
    },
  )
})
