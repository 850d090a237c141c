import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakeBrowser, createHarness, type Harness } from '../../helpers/harness'
import { createPrng } from '../../helpers/fuzz-payloads'
import { activitiesCsv, encodeFit, gzip, writeZip } from '../../helpers/strava-export-fixture'

/**
 * The command line is killed with SIGKILL at random points during connect, refresh and sync.
 * After every kill the database must open, pass integrity_check, hold every activity it held,
 * and hold a consistent token state; the next run must finish the job.
 */
const ROUNDS = Number(process.env.TRAILKEEP_KILL_ROUNDS ?? 50)
const cli = fileURLToPath(new URL('../../../out/main/cli.js', import.meta.url))
const GENEROUS = {
  read15: 100_000,
  readDaily: 1_000_000,
  overall15: 200_000,
  overallDaily: 2_000_000,
}

let h: Harness | undefined
afterEach(() => h?.cleanup())

function run(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH, ...env } })
  let stdout = ''
  child.stdout.on('data', (d) => (stdout += d))
  if (process.env.TRAILKEEP_KILL_DEBUG)
    child.stderr.on('data', (d) => process.stderr.write(`[${args[0]}] ${d}`))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, stdout: () => stdout }
}

function kill(child: ChildProcess) {
  if (child.exitCode === null) child.kill('SIGKILL')
}

interface LibraryState {
  ids: Set<number>
  token: 'connected' | 'reconnect_required' | 'none'
}

/** Reads the database the way a forensic check would, without Trailkeep's own code. */
function inspect(dataDir: string): LibraryState {
  const file = `${dataDir}/trailkeep.sqlite`
  if (!existsSync(file)) return { ids: new Set(), token: 'none' }
  const db = new Database(file, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type='table'")
      .pluck()
      .all() as string[]
    if (!tables.includes('activities')) return { ids: new Set(), token: 'none' }
    const ids = new Set(db.prepare('SELECT id FROM activities').pluck().all() as number[])
    const row = db
      .prepare(
        'SELECT state, access_token_ciphertext a, refresh_token_ciphertext r FROM connection',
      )
      .get() as { state: string; a: Buffer | null; r: Buffer | null } | undefined
    if (!row) return { ids, token: 'none' }
    if (row.state === 'connected') {
      expect(row.a?.length, 'a connected row holds both tokens').toBeGreaterThan(16)
      expect(row.r?.length).toBeGreaterThan(16)
      return { ids, token: 'connected' }
    }
    expect(row).toMatchObject({ state: 'reconnect_required', a: null, r: null })
    return { ids, token: 'reconnect_required' }
  } finally {
    db.close()
  }
}

async function connectViaCli(harness: Harness) {
  const browser = createFakeBrowser(harness.emulator)
  const proc = run(['connect', '--no-browser', '--force'], harness.env)
  proc.child.stdout?.on('data', (d: Buffer) => {
    const url = d.toString().trim()
    if (url.startsWith('http')) void browser.openExternal(url)
  })
  expect(await proc.exited).toBe(0)
}

describe.skipIf(!existsSync(cli))('killed at random points (SIGKILL)', () => {
  it(
    `connect survives ${ROUNDS} kills: never a half-written token`,
    { timeout: 120_000 },
    async () => {
      h = await createHarness({ emulator: { activityCount: 5 } })
      const harness = h
      const rand = createPrng(1)
      const outcomes = new Set<string>()
      for (let round = 0; round < ROUNDS; round++) {
        const browser = createFakeBrowser(harness.emulator)
        const proc = run(['connect', '--no-browser', '--force'], harness.env)
        proc.child.stdout?.on('data', (d: Buffer) => {
          const url = d.toString().trim()
          if (url.startsWith('http'))
            setTimeout(() => void browser.openExternal(url).catch(() => undefined), rand() * 40)
        })
        setTimeout(() => kill(proc.child), 60 + rand() * 400)
        await proc.exited
        outcomes.add(inspect(harness.dataDir).token)
      }
      expect(
        [...outcomes].every((o) => ['none', 'connected', 'reconnect_required'].includes(o)),
      ).toBe(true)
      await connectViaCli(harness)
      expect(inspect(harness.dataDir).token).toBe('connected')
    },
  )

  it(
    `sync and token refresh survive ${ROUNDS} kills, lose nothing, and the next run finishes`,
    { timeout: 240_000 },
    async () => {
      h = await createHarness({ emulator: { activityCount: 260, rateLimits: GENEROUS } })
      const harness = h
      await connectViaCli(harness)
      const rand = createPrng(2)
      let held = new Set<number>()
      let reconnects = 0
      for (let round = 0; round < ROUNDS; round++) {
        // Every round starts with an expired access token: its first request meets a 401 and refreshes.
        harness.emulator.expireAccessTokens()
        const proc = run(['sync'], harness.env)
        setTimeout(() => kill(proc.child), 80 + rand() * 700)
        await proc.exited
        const state = inspect(harness.dataDir)
        for (const id of held)
          expect(state.ids.has(id), `activity ${id} lost after round ${round}`).toBe(true)
        held = state.ids
        if (state.token === 'reconnect_required') {
          // A kill between Strava rotating the refresh token and our commit costs the grant; data stays.
          reconnects++
          await connectViaCli(harness)
        } else {
          expect(state.token).toBe('connected')
        }
      }
      let finish = run(['sync', '--json'], harness.env)
      if ((await finish.exited) !== 0 && inspect(harness.dataDir).token === 'reconnect_required') {
        // The last kill may have landed between Strava rotating the token and our commit.
        reconnects++
        await connectViaCli(harness)
        finish = run(['sync', '--json'], harness.env)
      }
      expect(await finish.exited).toBe(0)
      expect(JSON.parse(finish.stdout())).toMatchObject({ complete: true })
      const final = inspect(harness.dataDir)
      expect(final.ids.size).toBe(260)
      expect(harness.emulator.stats.refreshTokenReuse).toBeLessThanOrEqual(reconnects)
      const db = new Database(`${harness.dataDir}/trailkeep.sqlite`, { readonly: true })
      const pending = db
        .prepare(
          "SELECT id, is_manual, detail_json IS NULL AS noDetail, deleted_at FROM activities WHERE streams_state = 'pending' OR detail_pending",
        )
        .all()
      const warnings = db.prepare('SELECT * FROM sync_warnings').all()
      const retries = db.prepare('SELECT * FROM fetch_retries').all()
      expect({ pending, warnings, retries }).toEqual({ pending: [], warnings: [], retries: [] })
      db.close()
    },
  )

  it(
    `import survives ${ROUNDS} kills: all of the archive or none of it, and the next run finishes`,
    { timeout: 240_000 },
    async () => {
      h = await createHarness({ emulator: { activityCount: 3 } })
      const harness = h
      await connectViaCli(harness)
      const zip = `${harness.dataDir}/../kill-import-${Date.now()}.zip`
      const start = Date.UTC(2019, 0, 1, 7)
      const rows = Array.from({ length: 120 }, (_, i) => ({
        id: 3_000_000_000 + i,
        startMs: start + i * 86_400_000,
        name: `Archive run ${i}`,
        type: 'Run',
        elapsedTime: 299,
        distanceM: 1000,
        filename: `activities/${3_000_000_000 + i}.fit.gz`,
      }))
      const track = (t0: number) =>
        Array.from({ length: 300 }, (_, s) => ({
          timeMs: t0 + s * 1000,
          lat: 51 + s * 1e-5,
          lng: 7 + s * 1e-5,
          heartrate: 130,
        }))
      await writeZip(zip, [
        { name: 'activities.csv', data: activitiesCsv(rows) },
        ...rows.map((r) => ({ name: r.filename, data: gzip(encodeFit(track(r.startMs))) })),
      ])
      const rand = createPrng(3)
      const before = inspect(harness.dataDir).ids.size
      let killed = 0
      for (let round = 0; round < ROUNDS; round++) {
        const proc = run(['import', zip], harness.env)
        setTimeout(() => kill(proc.child), 50 + rand() * 600)
        const code = await proc.exited
        if (code === null) killed++
        const state = inspect(harness.dataDir)
        const imported = state.ids.size - before
        expect([0, rows.length], `round ${round}: ${imported} imported`).toContain(imported)
        expect(state.token).toBe('connected')
        if (code === 0) break
      }
      expect(killed).toBeGreaterThan(0)
      const finish = run(['import', zip], harness.env)
      expect(await finish.exited).toBe(0)
      expect(inspect(harness.dataDir).ids.size - before).toBe(rows.length)
    },
  )
})
