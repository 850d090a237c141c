/**
 * One activity, never two: device files imported before connecting become the activities Strava
 * lists, whatever the time offset between the watch and Strava (0–59 s here), and keep their
 * streams and original files under their Strava ids.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import type { CoreParts } from '../../../src/main/core/create-core'
import { faceOf } from '../../../src/main/core/open-trailkeep'
import { writeDeviceFiles, writeStravaExport } from '../../helpers/device-library'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'
import { importPathsJson } from '../../helpers/import-cli'

const GENEROUS = {
  read15: 100_000,
  readDaily: 1_000_000,
  overall15: 200_000,
  overallDaily: 2_000_000,
}

let h: Harness
let work: string
beforeEach(async () => {
  h = await createHarness({
    emulator: { activityCount: 500, seed: 16, rateLimits: GENEROUS },
  })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-merge-'))
})
afterEach(async () => {
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

const rows = <T>(core: CoreParts, query: string) => core.database.sqlite.prepare(query).all() as T[]

describe('files imported before connecting', () => {
  it('leave exactly one activity each once Strava lists them, offsets of 0–59 s and all', async () => {
    const recorded = writeDeviceFiles(work, h.emulator.activities, (i) => i % 60, 10)
    expect(recorded.length).toBeGreaterThan(400)
    const io = captureIo(h.env)
    expect(await runCli(['import', work, '--json'], io.io), io.stderr()).toBe(0)
    expect(JSON.parse(io.stdout())).toMatchObject({ added: recorded.length, skipped: [] })

    await h.connect()
    const core = await h.openCore()
    const summary = await core.sync.run({ level: 'everything' })
    expect(summary.complete).toBe(true)

    const ids = rows<{ id: number; source: string }>(core, 'SELECT id, source FROM activities')
    expect(ids).toHaveLength(h.emulator.activities.length)
    expect(new Set(ids.map((r) => r.id))).toEqual(new Set(h.emulator.activities.map((a) => a.id)))
    expect(ids.every((r) => r.source === 'api')).toBe(true)
    // The recordings' streams and originals followed them to their Strava ids...
    const fromFiles = rows<{ id: number }>(
      core,
      "SELECT a.id FROM activities a JOIN originals o ON o.activity_id = a.id WHERE a.streams_source = 'file' AND a.streams_state = 'stored'",
    )
    expect(new Set(fromFiles.map((r) => r.id))).toEqual(new Set(recorded.map((a) => a.id)))
    // ...so Strava was asked for streams only of the activities no file recorded (manual ones).
    expect(h.emulator.stats.apiRequestsByRoute['activity-streams']).toBe(
      h.emulator.activities.length - recorded.length,
    )
    const one = faceOf(core).library.detail({ id: recorded[0]!.id })
    expect(one).toMatchObject({ source: 'strava', hasOriginal: true, stravaDetailMissing: false })
    expect(one?.origins).toMatchObject({ streams: 'file', laps: 'strava' })
  })
})

describe('files imported after a sync', () => {
  it('fill in the activities Strava listed: no new activity, fewer downloads', async () => {
    await h.connect()
    const core = await h.openCore()
    await core.sync.run({ level: 'summaries' })
    const some = h.emulator.activities.slice(0, 40)
    const recorded = writeDeviceFiles(work, some, (i) => 59 - (i % 60), 10)
    const result = await importPathsJson(h, [work])
    expect(result).toMatchObject({ added: 0, updated: recorded.length, skipped: [] })
    expect(result.requestsSaved.streams).toBe(recorded.length)
    const local = rows<{ n: number }>(core, 'SELECT count(*) AS n FROM activities WHERE id < 0')
    expect(local[0]?.n).toBe(0)
    expect(core.sync.stillToFetch().streams).toBe(h.emulator.activities.length - recorded.length)
  })
})

describe('an export imported after device files', () => {
  it('gives their activities its Strava ids, and the sync then asks only for the list', async () => {
    const some = h.emulator.activities.slice(0, 60)
    const recorded = writeDeviceFiles(join(work, 'watch'), some, (i) => i % 60, 10)
    expect((await importPathsJson(h, [join(work, 'watch')])).added).toBe(recorded.length)
    const archive = join(work, 'export_1.zip')
    await writeStravaExport(archive, some)
    const result = await importPathsJson(h, [archive])
    expect(result).toMatchObject({ added: some.length - recorded.length, updated: recorded.length })

    const core = await h.openCore()
    const sources = rows<{ source: string; n: number }>(
      core,
      'SELECT source, count(*) AS n FROM activities GROUP BY source',
    )
    expect(sources).toEqual([{ source: 'bulk_export', n: some.length }])
    // The export says what the detail would (description, gear) and the files the rest.
    expect(core.sync.stillToFetch()).toEqual({ details: 0, streams: 0 })
    const library = faceOf(core).library
    const id = recorded[0]!.id
    expect(library.detail({ id })).toMatchObject({
      source: 'export',
      stravaDetailMissing: true,
      // The watch wrote no laps: none to show, and nothing to ask Strava for either.
      origins: { streams: 'file', description: null, laps: null, device: 'file' },
    })
    // Opened while connected, it gets Strava's own detail, once.
    await h.connect()
    const fresh = await h.openCore()
    const opened = await faceOf(fresh).library.fetchNow({ id })
    expect(opened).toMatchObject({ stravaDetailMissing: false, origins: { streams: 'file' } })
    expect(opened?.description).toBe(recorded[0]!.description)
    expect(h.emulator.stats.apiRequestsByRoute['activity-detail']).toBe(1)
  })
})
