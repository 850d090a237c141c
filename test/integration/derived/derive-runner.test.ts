import { sql } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { deriveStale } from '../../../src/main/core/derived/derive-runner'
import type { DerivationSubject, Deriver } from '../../../src/main/core/derived/deriver'
import { createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

/** A deriver that records what it was asked to compute and stores through the runner. */
function countingDeriver(options: { version?: number; inputs?: string } = {}) {
  const stored: { id: number; sawStreams: boolean }[] = []
  const deriver: Deriver<'echo'> = {
    kind: 'test',
    version: options.version ?? 1,
    task: 'echo',
    snapshot: () => options.inputs ?? 'thresholds-a',
    inputsOf: () => options.inputs ?? 'thresholds-a',
    inputFor: (subject: DerivationSubject, streams) => ({
      id: subject.id,
      sawStreams: streams !== null && streams.byteLength > 0,
    }),
    store: (_tx, _subject, output) => void stored.push(output as (typeof stored)[number]),
  }
  return { deriver, stored }
}

async function syncedLibrary(activityCount: number) {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount, seed: 11 } })
  await h.connect()
  const core = await h.openCore()
  await core.sync.run()
  return core
}

describe('deriving figures from stored streams', () => {
  it('computes every live activity once, newest first, with its streams, and resumes nothing twice', async () => {
    const core = await syncedLibrary(30)
    const newestFirst = core.db
      .all<{ id: number }>(sql`SELECT id FROM activities ORDER BY start_date DESC, id DESC`)
      .map((row) => row.id)
    const { deriver, stored } = countingDeriver()
    const progress: number[] = []
    expect(await deriveStale(core, deriver, { onProgress: (p) => progress.push(p.done) })).toBe(30)
    expect(stored.map((s) => s.id)).toEqual(newestFirst)
    expect(stored.filter((s) => s.sawStreams).length).toBeGreaterThan(20)
    expect(progress.at(0)).toBe(0)
    expect(progress.at(-1)).toBe(30)
    expect(await deriveStale(core, deriver)).toBe(0)
  })

  it('computes again when the algorithm version, the inputs or the streams change', async () => {
    const core = await syncedLibrary(12)
    await deriveStale(core, countingDeriver().deriver)
    expect(await deriveStale(core, countingDeriver({ version: 2 }).deriver)).toBe(12)
    expect(await deriveStale(core, countingDeriver({ version: 2 }).deriver)).toBe(0)
    const changed = countingDeriver({ version: 2, inputs: 'thresholds-b' })
    expect(await deriveStale(core, changed.deriver)).toBe(12)

    const refetched = core.db.get<{ id: number }>(
      sql`SELECT activity_id AS id FROM activity_streams LIMIT 1`,
    )
    core.db.run(
      sql`UPDATE activity_streams SET fetched_at = fetched_at + 1 WHERE activity_id = ${refetched?.id}`,
    )
    const again = countingDeriver({ version: 2, inputs: 'thresholds-b' })
    expect(await deriveStale(core, again.deriver)).toBe(1)
    expect(again.stored.map((s) => s.id)).toEqual([refetched?.id])
  })

  it('checks only the activities changed since its last complete run', async () => {
    const core = await syncedLibrary(20)
    const asked: number[] = []
    const watching = () => {
      const counting = countingDeriver()
      const inputsOf = counting.deriver.inputsOf
      counting.deriver.inputsOf = (key) => {
        asked.push(key.id)
        return inputsOf(key)
      }
      return counting
    }
    expect(await deriveStale(core, watching().deriver)).toBe(20)
    expect(asked).toHaveLength(20)
    const ids = core.db
      .all<{ id: number }>(sql`SELECT activity_id AS id FROM activity_streams LIMIT 2`)
      .map((row) => row.id)
    const refetch = (id: number) =>
      core.db.run(
        sql`UPDATE activity_streams SET fetched_at = fetched_at + 1 WHERE activity_id = ${id}`,
      )
    asked.length = 0
    ids.forEach(refetch)
    core.db.run(sql`UPDATE activities SET name = 'Renamed' WHERE id = ${ids[0]}`)
    const again = watching()
    expect(await deriveStale(core, again.deriver)).toBe(2)
    expect([...asked].sort()).toEqual([...ids].sort())

    // A run that stops records nothing: the next one still finds what is left.
    ids.forEach(refetch)
    const stop = new AbortController()
    stop.abort()
    await expect(deriveStale(core, watching().deriver, { signal: stop.signal })).rejects.toThrow()
    expect(await deriveStale(core, watching().deriver)).toBe(2)

    // A log pruned past the last run: every activity is checked again, nothing is missed.
    refetch(ids[1] as number)
    core.db.run(sql`DELETE FROM activity_changes`)
    asked.length = 0
    const pruned = watching()
    expect(await deriveStale(core, pruned.deriver)).toBe(1)
    expect(pruned.stored.map((s) => s.id)).toEqual([ids[1]])
    expect(asked).toHaveLength(20)
  })

  it('finds activities added since its last run, streams or none, through the change log', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 8, seed: 5 } })
    await h.connect()
    const core = await h.openCore()
    const asked: number[] = []
    const counting = countingDeriver()
    const inputsOf = counting.deriver.inputsOf
    counting.deriver.inputsOf = (key) => {
      asked.push(key.id)
      return inputsOf(key)
    }
    // An empty library, followed to its end: what comes next is known only from the log.
    expect(await deriveStale(core, counting.deriver)).toBe(0)
    await core.sync.run({ level: 'summaries' })
    const listed = core.db.all<{ id: number }>(sql`SELECT id FROM activities`).map((r) => r.id)
    expect(listed).toHaveLength(8)
    expect(await deriveStale(core, counting.deriver)).toBe(8)
    expect([...asked].sort()).toEqual([...listed].sort())
  })

  it('keeps the newest 10,000 changes once every kind has followed them', async () => {
    const core = await syncedLibrary(5)
    await core.derived.refresh()
    const logged = () =>
      core.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM activity_changes`)?.n ?? 0
    const touch = core.database.sqlite.prepare('UPDATE activities SET name = name')
    core.database.sqlite.transaction(() => {
      for (let i = 0; i < 2_100; i++) touch.run()
    })()
    expect(logged()).toBeGreaterThan(10_000)
    await core.derived.refresh()
    expect(logged()).toBe(10_000)
  })

  it('forgets the figures of an activity purged from the library', async () => {
    const core = await syncedLibrary(5)
    await deriveStale(core, countingDeriver().deriver)
    const count = () => core.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM derivations`)?.n
    expect(count()).toBe(5)
    core.db.run(sql`DELETE FROM activities WHERE id = (SELECT id FROM activities LIMIT 1)`)
    expect(count()).toBe(4)
  })
})
