import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { captureIo, createFakeBrowser, createHarness, type Harness } from '../../helpers/harness'
import { activitiesCsv, writeZip } from '../../helpers/strava-export-fixture'
import { TERMINAL_CONTROL } from '../../helpers/terminal-control'

// What a hostile name carries: a window title, a screen clear, a hyperlink, an 8-bit CSI, DEL,
// a forged line, a bidi override; and what must survive: accents, emoji, right-to-left text.
const ATTACK =
  '\u001b]0;pwned\u0007\u001b[2J\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\' +
  '\u009b31m\u007f\r\nFAKE LINE\u202e'
const KEPT = 'Zoë 🏃‍♀️ ריצת בוקר'
const HOSTILE = `${KEPT}${ATTACK}`

let h: Harness
let work: string
beforeEach(async () => {
  h = await createHarness({
    emulator: { activityCount: 2, athleteName: { firstname: HOSTILE, lastname: 'Nakamura' } },
  })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-terminal-'))
})
afterEach(async () => {
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

async function cli(argv: string[], openBrowser = false) {
  const captured = captureIo(h.env)
  const browser = createFakeBrowser(h.emulator)
  const code = await runCli(argv, {
    ...captured.io,
    stdout: (text) => {
      captured.io.stdout(text)
      if (openBrowser && text.startsWith('http')) void browser.openExternal(text.trim())
    },
  })
  return { code, stdout: captured.stdout(), stderr: captured.stderr() }
}

/** Nothing a terminal would act on, and the ordinary text still readable. */
function expectSafe(output: { stdout: string; stderr: string }, label: string) {
  expect(output.stdout, `${label} stdout`).not.toMatch(TERMINAL_CONTROL)
  expect(output.stderr, `${label} stderr`).not.toMatch(TERMINAL_CONTROL)
  expect(`${output.stdout}${output.stderr}`, label).not.toMatch(/^FAKE/m)
}

describe('names from Strava printed by the command line', () => {
  it('connect, status and list print hostile athlete and activity names without controls', async () => {
    h.emulator.addActivity({ name: HOSTILE })
    const connected = await cli(['connect', '--no-browser'], true)
    expect(connected.code, connected.stderr).toBe(0)
    expectSafe(connected, 'connect')
    expect(connected.stderr).toContain(`Connected as ${KEPT}`)

    const again = await cli(['connect', '--no-browser'])
    expectSafe(again, 'connect again')
    expect(again.stderr).toContain(`Already connected as ${KEPT}`)

    const status = await cli(['status'])
    expectSafe(status, 'status')
    expect(status.stdout).toContain(`Strava: connected as ${KEPT}`)

    expect((await cli(['sync', '--json'])).code).toBe(0)
    const table = await cli(['list'])
    expectSafe(table, 'list')
    expect(table.stdout).toContain(KEPT)
  })

  it('leaves --json values exactly as stored, escaped on the wire', async () => {
    h.emulator.addActivity({ name: HOSTILE })
    expect((await cli(['connect', '--no-browser'], true)).code).toBe(0)
    expect((await cli(['sync'])).code).toBe(0)
    const status = await cli(['status', '--json'])
    expectSafe(status, 'status --json')
    expect(JSON.parse(status.stdout)).toMatchObject({ athlete: { firstname: HOSTILE } })
    const list = await cli(['list', '--json'])
    expectSafe(list, 'list --json')
    const names = (JSON.parse(list.stdout) as { name: string }[]).map((a) => a.name)
    expect(names).toContain(HOSTILE)
  })
})

describe('file and entry names printed by the command line', () => {
  it('import reports a hostile ZIP entry name without controls', async () => {
    const archive = join(work, 'export.zip')
    const entry = `activities/${ATTACK}.gpx`
    await writeZip(archive, [
      {
        name: 'activities.csv',
        data: activitiesCsv([
          {
            id: 777,
            startMs: Date.UTC(2026, 0, 2),
            name: HOSTILE,
            type: 'Ride',
            elapsedTime: 60,
            distanceM: 1,
            filename: '',
          },
        ]),
      },
      { name: entry, data: '<gpx/>' },
    ])
    const human = await cli(['import', archive])
    expect(human.code, human.stderr).toBe(0)
    expectSafe(human, 'import')
    expect(human.stderr).toMatch(/^Skipped activities\/\S+.*: not listed in activities\.csv\.$/m)

    const json = await cli(['import', archive, '--json'])
    expectSafe(json, 'import --json')
    const list = await cli(['list'])
    expectSafe(list, 'list of imported')
    expect(list.stdout).toContain(KEPT)
  })

  it('errors and messages that echo a path or an argument carry no controls', async () => {
    const hostileDir = join(work, `out${ATTACK}`)
    const runs: [string, string[]][] = [
      ['import of a missing file', ['import', join(work, `${ATTACK}.zip`)]],
      ['restore of a missing file', ['restore', join(work, `${ATTACK}.backup`)]],
      ['unknown format', ['export', '--format', `gpx${ATTACK}`, '--out', work]],
      ['unknown command', [`st${ATTACK}`]],
      ['unknown flag', ['list', `--x${ATTACK}`]],
      ['export to a hostile folder', ['export', '--format', 'csv', '--out', hostileDir]],
      ['backup to a hostile file', ['backup', '--out', join(hostileDir, 'b.sqlite')]],
    ]
    mkdirSync(hostileDir, { recursive: true })
    for (const [label, argv] of runs) {
      const result = await cli(argv)
      expectSafe(result, label)
      expect(`${result.stdout}${result.stderr}`.length, label).toBeGreaterThan(0)
    }
  })
})
