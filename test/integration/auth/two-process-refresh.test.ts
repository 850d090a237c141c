import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../helpers/harness'

const run = promisify(execFile)
const worker = fileURLToPath(new URL('./fixtures/refresh-worker.ts', import.meta.url))

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

describe('refresh across processes', () => {
  it('lets only one of several processes spend the refresh token', async () => {
    const core = await h.openCore()
    await core.auth.connect()
    core.close()
    h.clock.advance(6 * 3600 * 1000)

    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...h.env,
      TEST_CLOCK_OFFSET_MS: String(h.clock.now() - Date.now()),
      TEST_START_AT: String(Date.now() + 3000),
    }
    const results = await Promise.all(
      Array.from({ length: 3 }, () =>
        run(process.execPath, ['--import', 'tsx', worker], { env, timeout: 60_000 }).catch(
          (e: {
            stderr?: string
            message?: string
            code?: unknown
            signal?: unknown
            stdout?: string
          }) => {
            throw new Error(
              `worker failed: ${String(e.code)} ${String(e.signal)} ${e.stdout ?? ''} ${e.stderr ?? ''}`,
            )
          },
        ),
      ),
    )
    const reports = results.map(
      (r) => JSON.parse(r.stdout) as { distinct: number; status: number; refreshes: number },
    )
    for (const report of reports) expect(report).toMatchObject({ distinct: 1, status: 200 })
    expect(reports.reduce((sum, r) => sum + r.refreshes, 0)).toBe(1)
    expect(h.emulator.stats.tokenRefreshes).toBe(1)
    expect(h.emulator.stats.refreshTokenReuse).toBe(0)
  })
})
