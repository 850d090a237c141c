import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { dispatchInvoke } from '../../../src/main/core/bridge/dispatch'
import { countLiveActivities } from '../../../src/main/core/db/library-repo'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

describe('the disk says no', () => {
  it('a full disk stops sync with a clear sentence, keeps what was saved, and the next run finishes', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 60 } })
    await h.connect()
    const core = await h.openCore()
    await core.sync.run({ level: 'summaries' })
    const sqlite = core.database.sqlite
    // SQLite's page cap makes every further write fail exactly as a full disk does (SQLITE_FULL).
    const pages = sqlite.pragma('page_count', { simple: true }) as number
    sqlite.pragma(`max_page_count = ${pages}`)
    const error = await core.sync.run().catch((e: unknown) => e)
    const handlers = {
      auth: {
        status: async () => {
          throw error
        },
      },
    } as never
    const shown = await dispatchInvoke(handlers, 'auth:status', undefined)
    expect(shown).toEqual({
      ok: false,
      error: {
        code: 'DB_FULL',
        message: expect.stringMatching(/disk .* is full.*nothing already saved was lost/),
      },
    })
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(countLiveActivities(core.db)).toBe(60)
    sqlite.pragma('max_page_count = 1073741823')
    expect((await core.sync.run()).complete).toBe(true)
  })

  it('a read-only data folder is explained by the command line, not crashed on', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 5 } })
    await h.connect()
    const core = await h.openCore()
    core.database.sqlite.pragma('query_only = ON')
    const error = await core.sync.run().catch((e: unknown) => e)
    const handlers = {
      auth: {
        status: async () => {
          throw error
        },
      },
    } as never
    expect(await dispatchInvoke(handlers, 'auth:status', undefined)).toMatchObject({
      ok: false,
      error: { code: 'DB_READONLY', message: expect.stringMatching(/read-only/) },
    })
    core.close()
    // A data folder that cannot be created at all (a file stands where the folder should be).
    const cli = captureIo({ ...h.env, TRAILKEEP_DATA_DIR: `${h.dataDir}/trailkeep.sqlite/inside` })
    expect(await runCli(['status', '--json'], cli.io)).toBe(1)
    expect(cli.stderr()).toMatch(/cannot use its data folder/)
    expect(cli.stderr().trim().split('\n')).toHaveLength(1)
  })
})
