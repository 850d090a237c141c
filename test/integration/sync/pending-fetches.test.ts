import { afterEach, describe, expect, it } from 'vitest'
import type { CoreParts } from '../../../src/main/core/create-core'
import { countPending, pendingFetchesFor } from '../../../src/main/core/db/pending-fetches'
import { getActivityDetail } from '../../../src/main/core/library/activity-queries'
import { fetchActivityNow } from '../../../src/main/core/library/fetch-on-open'
import { createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

async function library(activityCount: number) {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount, seed: 5 } })
  await h.connect()
  return h
}

const requests = (harness: Harness, route: 'activity-detail' | 'activity-streams') =>
  harness.emulator.stats.apiRequestsByRoute[route] ?? 0

const warningKinds = (core: CoreParts) =>
  core.database.sqlite.prepare('SELECT kind, activity_id AS id FROM sync_warnings').all()

describe('what the sync still has to fetch', () => {
  it.each([
    { kind: 'detail', path: (id: number) => new RegExp(`/activities/${id}$`) },
    { kind: 'streams', path: (id: number) => new RegExp(`/activities/${id}/streams$`) },
  ] as const)(
    'retries $kind Strava keeps garbling later, gives up after three tries, and tries again when the user opens the activity',
    async ({ kind, path }) => {
      const h = await library(6)
      const core = await h.openCore()
      const garbled = h.emulator.activities.find((a) => !a.manual)!
      h.emulator.faults.push({ path: path(garbled.id), kind: 'wrong-content-type', times: 3 })

      const resumes: number[] = []
      for (let run = 0; run < 3; run++) {
        const summary = await core.sync.run()
        if (summary.complete) break
        const resumeAt = Date.parse(summary.resumeAfter ?? '')
        resumes.push(resumeAt - h.clock.now())
        h.clock.advance(resumeAt - h.clock.now() + 1000)
      }
      // Fifteen minutes after the first failure, thirty after the second, then no more.
      expect(resumes.map((ms) => Math.round(ms / 60_000))).toEqual([15, 30])
      expect(h.emulator.faults).toEqual([])
      expect(warningKinds(core)).toEqual([{ kind: `malformed-${kind}`, id: garbled.id }])
      expect(countPending(core.db, 'detail')).toBe(0)
      expect(countPending(core.db, 'streams')).toBe(0)

      const route = kind === 'detail' ? 'activity-detail' : 'activity-streams'
      const before = requests(h, route)
      expect(await core.sync.run()).toMatchObject({ complete: true })
      expect(requests(h, route)).toBe(before)
      expect(pendingFetchesFor(core.db, garbled.id)).toEqual([
        expect.objectContaining({ kind, attempts: 3 }),
      ])
      expect(getActivityDetail(core.db, garbled.id)?.streamsGivenUp).toBe(kind === 'streams')

      const opened = await fetchActivityNow(core, garbled.id)
      expect(opened).toMatchObject({
        description: garbled.description,
        hasStreams: true,
        streamsGivenUp: false,
      })
      expect(pendingFetchesFor(core.db, garbled.id)).toEqual([])
      expect(core.database.sqlite.prepare('SELECT * FROM fetch_retries').all()).toEqual([])
    },
  )

  it('stops fetching an activity deleted on Strava, keeps it, and fetches it if it comes back', async () => {
    const h = await library(12)
    const core = await h.openCore()
    await core.sync.run({ level: 'summaries' })
    const removed = h.emulator.activities[4]!
    h.emulator.deleteActivity(removed.id)
    // The listing confirms a disappearance with one detail request (404) before marking it.
    expect(await core.sync.run({ full: true, level: 'summaries' })).toMatchObject({ deleted: 1 })
    const detailsBefore = requests(h, 'activity-detail')

    expect(await core.sync.run()).toMatchObject({ complete: true })
    expect(requests(h, 'activity-detail') - detailsBefore).toBe(11)
    expect(requests(h, 'activity-streams')).toBe(11)
    const row = core.database.sqlite
      .prepare('SELECT deleted_at, detail_pending, streams_state FROM activities WHERE id = ?')
      .get(removed.id)
    expect(row).toMatchObject({ detail_pending: 1, streams_state: 'pending' })
    expect((row as { deleted_at: number | null }).deleted_at).toBeGreaterThan(0)

    h.emulator.addActivity({ ...removed })
    expect(await core.sync.run({ full: true })).toMatchObject({ complete: true, deleted: 0 })
    expect(requests(h, 'activity-detail') - detailsBefore).toBe(12)
    expect(requests(h, 'activity-streams')).toBe(12)
    expect(pendingFetchesFor(core.db, removed.id)).toEqual([])
  })

  it('fetches the detail of an edited activity again, but not its streams', async () => {
    const h = await library(8)
    const core = await h.openCore()
    await core.sync.run()
    const edited = h.emulator.activities[3]!
    h.emulator.editActivity(edited.id, { description: 'Legs were heavy' })
    h.emulator.editActivity(edited.id, { name: 'Heavy legs' })
    const [details, streams] = [requests(h, 'activity-detail'), requests(h, 'activity-streams')]

    expect(await core.sync.run({ full: true })).toMatchObject({ complete: true, updated: 1 })
    expect(requests(h, 'activity-detail')).toBe(details + 1)
    expect(requests(h, 'activity-streams')).toBe(streams)
    const detail = core.database.sqlite
      .prepare('SELECT detail_json FROM activities WHERE id = ?')
      .pluck()
      .get(edited.id) as string
    expect(JSON.parse(detail)).toMatchObject({ name: 'Heavy legs', description: 'Legs were heavy' })
  })
})
