import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import {
  connectViaCli as connectWith,
  statusJson as statusOf,
  type BrowserChoice,
} from '../../helpers/cli-run'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

const connectViaCli = (args?: string[], choice?: BrowserChoice) => connectWith(h, args, choice)
const statusJson = (env = h.env) => statusOf(env)

describe('trailkeep connect / status / disconnect', () => {
  it('connects, printing only the authorize URL on stdout', async () => {
    const { code, stdout, stderr } = await connectViaCli()
    expect(code).toBe(0)
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize\?[^\n]+\n$/)
    expect(stderr).toContain('Connected as Zoë Ångström-Nakamura\n')
    expect(await statusJson()).toEqual({
      state: 'connected',
      athlete: { id: 134815, firstname: 'Zoë', lastname: 'Ångström-Nakamura' },
      activities: 0,
      lastSyncAt: null,
    })
    const again = await connectViaCli()
    expect(again.code).toBe(0)
    expect(again.stdout).toBe('')
    expect(again.stderr).toMatch(/Already connected as Zoë/)
  })

  it('warns when only public activities were allowed', async () => {
    const { code, stderr } = await connectViaCli([], { grantedScope: 'read,activity:read' })
    expect(code).toBe(0)
    expect(stderr).toMatch(/private activities.*not be backed up/)
  })

  it('fails with one sentence when the athlete denies, times out or grants no activity access', async () => {
    const denied = await connectViaCli([], { deny: true })
    expect(denied.code).toBe(1)
    expect(denied.stderr.trim().split('\n').at(-1)).toMatch(/cancelled on Strava/)
    const scope = await connectViaCli([], { grantedScope: 'read' })
    expect(scope.code).toBe(1)
    expect(scope.stderr).toMatch(/needs permission to read your activities/)
    const timeout = await connectViaCli(['--timeout', '1'], { neverAnswer: true })
    expect(timeout.code).toBe(1)
    expect(timeout.stderr).toMatch(/No answer came from Strava in time/)
    expect((await statusJson()) as object).toMatchObject({ state: 'disconnected', athlete: null })
  })

  it('refuses to connect without a safe place for tokens, before any browser opens', async () => {
    const env = { ...h.env, TRAILKEEP_PASSPHRASE: '' }
    let opened = 0
    const cli = captureIo(env, async () => void opened++)
    expect(await runCli(['connect'], cli.io)).toBe(1)
    expect(cli.stdout()).toBe('')
    expect(cli.stderr()).toBe(
      'No safe place to keep your Strava access: set TRAILKEEP_PASSPHRASE and run connect again.\n',
    )
    expect(opened).toBe(0)
  })

  it('disconnects, revoking at Strava and keeping data unless asked', async () => {
    await connectViaCli()
    const cli = captureIo(h.env)
    expect(await runCli(['disconnect'], cli.io)).toBe(0)
    expect(cli.stderr()).toMatch(/revoked at Strava/)
    expect(cli.stderr()).toMatch(/backup was kept/)
    expect(h.emulator.stats.revocations).toBe(1)
    expect(h.emulator.stats.deauthorizations).toBe(0)
    expect(await statusJson()).toMatchObject({ state: 'disconnected', athlete: null })
  })

  it('answers wrong flags and commands with one line and exit code 2', async () => {
    for (const argv of [
      ['connect', '--bogus'],
      ['status', 'extra'],
      ['connect', '--timeout', 'soon'],
      ['frobnicate'],
      [],
    ]) {
      const cli = captureIo(h.env)
      expect(await runCli(argv, cli.io), argv.join(' ')).toBe(2)
      if (argv.length > 0) {
        expect(cli.stderr().trim().split('\n'), argv.join(' ')).toHaveLength(1)
        expect(cli.stderr(), argv.join(' ')).not.toMatch(/\n\s+at /)
      }
    }
  })

  it('explains a damaged database instead of crashing', async () => {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(`${h.dataDir}/trailkeep.sqlite`, 'garbage '.repeat(1000))
    const cli = captureIo(h.env)
    expect(await runCli(['status', '--json'], cli.io)).toBe(1)
    expect(cli.stderr()).toMatch(/not a Trailkeep database/)
    expect(cli.stdout()).toBe('')
  })
})

describe('the built trailkeep binary', () => {
  const bin = fileURLToPath(new URL('../../../bin/trailkeep.js', import.meta.url))
  const built = fileURLToPath(new URL('../../../out/main/cli.js', import.meta.url))
  const run = promisify(execFile)

  it('runs status --json from out/ (npm test builds first)', async () => {
    expect(existsSync(built), 'run `npm run build` before the tests').toBe(true)
    const { stdout } = await run(process.execPath, [bin, 'status', '--json'], {
      env: { ...h.env, PATH: process.env.PATH },
    })
    expect(JSON.parse(stdout)).toMatchObject({ state: 'disconnected', activities: 0 })
    const failure = await run(process.execPath, [bin, 'nonsense'], {
      env: { ...h.env, PATH: process.env.PATH },
    }).catch((e: { code: number; stderr: string }) => e)
    expect(failure).toMatchObject({ code: 2 })
    expect((failure as { stderr: string }).stderr).toMatch(/^Unknown command "nonsense"\./)
  })
})
