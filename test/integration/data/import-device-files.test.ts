/**
 * `trailkeep import PATH...` with device files and folders, as an athlete without an API
 * application uses it: the real command line on a real library, no Strava connection.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { fitBytes, gpxDocument, straightTrack, tcxDocument } from '../../helpers/device-files'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'

const T = Date.UTC(2026, 1, 3, 6, 30)

let h: Harness
let work: string
beforeEach(async () => {
  h = await createHarness({ emulator: { activityCount: 0 } })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-device-import-'))
})
afterEach(async () => {
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

async function cli(args: string[]) {
  const io = captureIo(h.env)
  const code = await runCli(args, io.io)
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

async function importJson(...paths: string[]) {
  const run = await cli(['import', ...paths, '--json'])
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as {
    added: number
    updated: number
    unchanged: number
    skipped: { file: string; reason: string }[]
    filesRead: number
    ignoredFiles: number
  }
}

async function listJson() {
  const run = await cli(['list', '--json'])
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as Record<string, unknown>[]
}

/** A run along a straight line: 3 m a second with heart rate, as a watch writes it. */
function runFit(start: number, seconds: number, heartrate = true) {
  const records = straightTrack(start, seconds, { step: 3 }).map((p, i) => ({
    ...p,
    distance: i * 3,
    ...(heartrate && { heartrate: 140 + (i % 10) }),
  }))
  return fitBytes({
    records,
    sessions: [{ startTime: new Date(start), sport: 'running', totalElapsedTime: seconds - 1 }],
  })
}

function write(path: string, data: Uint8Array | string) {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, data)
}

describe('importing device files and folders', () => {
  it('imports a folder of FIT, GPX and TCX files once, and recognises them after', async () => {
    const folder = join(work, 'GARMIN')
    write(join(folder, 'Activity', 'run.fit'), runFit(T, 600))
    const ride = straightTrack(T + 86_400_000, 900, { step: 8 })
    write(
      join(folder, 'Activity', 'ride.gpx'),
      gpxDocument([{ type: 'cycling', segments: [ride] }]),
    )
    const walk = straightTrack(T + 2 * 86_400_000, 300, { step: 1.4 })
    write(
      join(folder, 'old', 'walk.tcx'),
      tcxDocument('Other', [{ startMs: walk[0]?.timeMs as number, tracks: [walk] }]),
    )
    write(join(folder, 'notes.txt'), 'not an activity')
    write(join(folder, 'Activity', '._run.fit'), 'macOS resource fork')

    const first = await importJson(folder)
    expect(first).toMatchObject({ added: 3, updated: 0, unchanged: 0, skipped: [], filesRead: 3 })
    expect(first.ignoredFiles).toBe(2)
    const items = await listJson()
    // Newest first; local ids in the order of the files' paths.
    expect(items.map((i) => [i.id, i.sportType, i.source, i.hasStreams])).toEqual([
      [-3, 'Workout', 'file', true],
      [-1, 'Ride', 'file', true],
      [-2, 'Run', 'file', true],
    ])
    // Names as Strava gives them, from the local time at the start (7:30 in Cologne).
    expect(items[2]).toMatchObject({ name: 'Morning Run', distance: 1797, elapsedTime: 599 })

    // Again, under another name too: nothing is parsed or added.
    copyFileSync(join(folder, 'Activity', 'run.fit'), join(work, 'copy-of-run.fit'))
    const again = await importJson(folder, join(work, 'copy-of-run.fit'))
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, skipped: [], filesRead: 0 })
    expect(await listJson()).toHaveLength(3)

    // Negative ids are taken as --id -1 and as --id=-2.
    const out = join(work, 'out')
    const exported = await cli([
      'export',
      '--format',
      'original',
      '--out',
      out,
      '--id',
      '-1',
      '--id=-2',
    ])
    expect(exported.code, exported.stderr).toBe(0)
    const names = readdirSync(out).sort()
    expect(names).toHaveLength(2)
    const run = names.find((n) => n.includes('_-2_')) as string
    expect(
      readFileSync(join(out, run)).equals(readFileSync(join(folder, 'Activity', 'run.fit'))),
    ).toBe(true)
  })

  it('keeps one activity for one recording in two files, the richer one', async () => {
    const plain = runFit(T, 300, false)
    const withHr = runFit(T + 2000, 300, true)
    write(join(work, 'a', 'phone.fit'), plain)
    const first = await importJson(join(work, 'a'))
    expect(first.added).toBe(1)
    write(join(work, 'b', 'watch.fit'), withHr)
    const second = await importJson(join(work, 'b'))
    expect(second).toMatchObject({ added: 0, updated: 1 })
    const [only] = await listJson()
    expect(only?.id).toBe(-1)
    const detail = await cli(['export', '--format', 'json', '--out', join(work, 'json')])
    expect(detail.code, detail.stderr).toBe(0)
    const archive = readdirSync(join(work, 'json'))[0] as string
    const text = readFileSync(join(work, 'json', archive), 'utf8')
    expect(text).toContain('"heartrate"')
  })
})
