/**
 * The bad input of the issue, all in one folder with one good file: each bad file is skipped
 * with its reason (or handled), the good one is imported, and the import finishes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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
  work = mkdtempSync(join(tmpdir(), 'trailkeep-bad-input-'))
})
afterEach(async () => {
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

async function importJson(path: string) {
  const io = captureIo(h.env)
  const code = await runCli(['import', path, '--json'], { ...io.io, clock: h.clock })
  expect(code, io.stderr()).toBe(0)
  return {
    result: JSON.parse(io.stdout()) as {
      added: number
      unchanged: number
      skipped: { file: string; reason: string }[]
      ignoredFiles: number
      filesRead: number
    },
    stderr: io.stderr(),
  }
}

const run = (start: number, count = 60) =>
  straightTrack(start, count, { step: 3 }).map((p, i) => ({ ...p, distance: i * 3 }))

describe('bad input', () => {
  it('is skipped file by file with a reason, and the rest is imported', async () => {
    const folder = join(work, 'files')
    mkdirSync(join(folder, 'nested'), { recursive: true })
    const good = fitBytes({
      records: run(T),
      sessions: [{ startTime: new Date(T), sport: 'running' }],
    })
    const files: Record<string, Uint8Array | string> = {
      'good.fit': good,
      'truncated.fit': good.subarray(0, good.length - 40),
      'settings.fit': fitBytes({ type: 2, records: run(T + 3_600_000, 3) }),
      'no-times.gpx': gpxDocument([{ segments: [run(T)] }], { time: () => undefined }),
      'placeholder-times.gpx': gpxDocument([{ segments: [run(T)] }], {
        time: () => '1901-12-13T20:45:52Z',
      }),
      'no-trackpoints.tcx': tcxDocument('Running', [{ startMs: T, tracks: [] }]),
      'future.fit': fitBytes({ records: run(Date.UTC(2099, 0, 1)) }),
      'empty.gpx': '',
      'not-xml.tcx': 'PK\u0003\u0004 this is a zip, really',
    }
    for (const [name, data] of Object.entries(files)) writeFileSync(join(folder, name), data)
    // The same file under two names, one in a subfolder: one activity.
    copyFileSync(join(folder, 'good.fit'), join(folder, 'nested', 'good (1).fit'))
    // A symlink loop and a symlink to itself.
    symlinkSync(folder, join(folder, 'nested', 'loop'))
    symlinkSync(join(folder, 'self'), join(folder, 'self'))

    const { result } = await importJson(folder)
    expect(result.added).toBe(1)
    expect(result.unchanged).toBe(1)
    const reasons = Object.fromEntries(
      result.skipped.map((s) => [s.file.slice(folder.length + 1), s.reason]),
    )
    expect(reasons).toEqual({
      'truncated.fit': 'the FIT checksum does not match',
      'settings.fit': 'a FIT settings file, not an activity',
      'no-times.gpx': 'its track has no times, and an activity cannot be placed without them',
      'placeholder-times.gpx':
        'its points all carry one placeholder time (such as 1901-12-13T20:45:52Z), so it has no usable times',
      'no-trackpoints.tcx': 'the TCX file has no trackpoints',
      'future.fit': 'it starts in the future (2099-01-01T00:00:00Z): the device clock was wrong',
      'empty.gpx': 'the file is empty',
      'not-xml.tcx': 'the TCX file is not well-formed XML',
      self: 'it is a symlink that leads back to itself',
    })
    // Importing again: known files are not parsed; the bad ones are reported again.
    const again = await importJson(folder)
    expect(again.result).toMatchObject({ added: 0, unchanged: 2, filesRead: 0 })
    expect(again.result.skipped).toHaveLength(result.skipped.length)
  })

  it('finishes on a folder of 50,000 unrelated files, counting them without reading them', async () => {
    const folder = join(work, 'photos')
    for (let d = 0; d < 50; d++) {
      const sub = join(folder, `day-${d}`)
      mkdirSync(sub, { recursive: true })
      for (let f = 0; f < 1000; f++) writeFileSync(join(sub, `IMG_${f}.jpg`), '')
    }
    writeFileSync(
      join(folder, 'day-7', 'morning.gpx'),
      gpxDocument([{ type: 'running', segments: [run(T)] }]),
    )
    symlinkSync(folder, join(folder, 'day-3', 'back-to-the-top'))
    const { result, stderr } = await importJson(folder)
    expect(result).toMatchObject({ added: 1, skipped: [], ignoredFiles: 50_000 })
    expect(stderr).toContain('50,000 other files (not FIT, GPX, TCX or ZIP) left alone.')
  })
})
