/**
 * Watched folders in the app session (the core the Electron app and the web shell run), on a
 * real folder: files that arrive while it runs are imported with a quiet notice, a file still
 * being written is not read half way, and a folder that goes away is said to be missing.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppSession } from '../../../src/main/core/app-session'
import { dispatchInvoke } from '../../../src/main/core/bridge/dispatch'
import type { EventChannel, EventPayloads } from '../../../src/shared/event-channels'
import type { WatchedFolderDto } from '../../../src/shared/folders-dto'
import { fitBytes, straightTrack } from '../../helpers/device-files'
import { dialogsAnswering } from '../../helpers/file-dialogs'
import { createHarness, type Harness } from '../../helpers/harness'

const T = Date.UTC(2026, 3, 1, 6)

let h: Harness
let work: string
let session: AppSession | undefined
let events: { event: EventChannel; payload: unknown }[]
beforeEach(async () => {
  h = await createHarness({ emulator: { activityCount: 0 } })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-watched-'))
  events = []
})
afterEach(async () => {
  await session?.close()
  session = undefined
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

function runFit(dayOffset: number) {
  const start = T + dayOffset * 86_400_000
  const records = straightTrack(start, 120, { step: 3 }).map((p, i) => ({ ...p, distance: i * 3 }))
  return fitBytes({ records, sessions: [{ startTime: new Date(start), sport: 'running' }] })
}

async function start(folder: string) {
  session = await h.startSession(
    <E extends EventChannel>(event: E, payload: EventPayloads[E]) =>
      void events.push({ event, payload }),
    dialogsAnswering({ chooseWatchedFolder: async () => folder }),
  )
  return session
}

async function call(channel: string, input?: unknown) {
  const result = await dispatchInvoke((session as AppSession).handlers, channel, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const count = () => (session as AppSession).core.library.count()

describe('a watched folder', () => {
  it('imports files that arrive while the app runs, with a notice of what came in', async () => {
    const folder = join(work, 'GARMIN', 'Activity')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'before.fit'), runFit(0))
    await start(folder)
    const list = (await call('folders:add')) as WatchedFolderDto[]
    expect(list.map((f) => f.path)).toEqual([folder])

    // What was there when it was added comes in once it has settled.
    await vi.waitFor(() => expect(count()).toBe(1), { timeout: 15_000, interval: 200 })
    mkdirSync(join(folder, '2026-04'))
    writeFileSync(join(folder, '2026-04', 'new.fit'), runFit(1))
    writeFileSync(join(folder, 'photo.jpg'), 'not an activity')
    await vi.waitFor(() => expect(count()).toBe(2), { timeout: 15_000, interval: 200 })

    const arrivals = events.filter((e) => e.event === 'folders:arrivals').map((e) => e.payload)
    expect(arrivals).toEqual([
      { folder, added: 1, updated: 0 },
      { folder, added: 1, updated: 0 },
    ])
    expect(events.some((e) => e.event === 'library:changed')).toBe(true)
    const [watched] = (await call('folders:list')) as WatchedFolderDto[]
    expect(watched).toMatchObject({ activitiesAdded: 2, problem: null })
  })

  it('does not read a file half way while it is still being written', async () => {
    const folder = join(work, 'sync')
    mkdirSync(folder)
    await start(folder)
    await call('folders:add')
    const bytes = runFit(2)
    const file = join(folder, 'copying.fit')
    writeFileSync(file, bytes.subarray(0, 500))
    await call('folders:scanNow')
    expect(count()).toBe(0)
    appendFileSync(file, bytes.subarray(500))
    await vi.waitFor(() => expect(count()).toBe(1), { timeout: 15_000, interval: 200 })
    // The half file was never read, so no damaged copy of it is remembered.
    const core = await h.openCore()
    const skips = core.database.sqlite
      .prepare('SELECT count(*) AS n FROM imported_files WHERE skip_reason IS NOT NULL')
      .get()
    expect(skips).toEqual({ n: 0 })
  })

  it('says when the folder is not there (a watch unplugged), and reads it when it is back', async () => {
    const folder = join(work, 'WATCH')
    mkdirSync(folder)
    await start(folder)
    await call('folders:add')
    rmSync(folder, { recursive: true })
    const [missing] = (await call('folders:scanNow')) as WatchedFolderDto[]
    expect(missing?.problem).toMatch(/^The folder is not there now/)
    mkdirSync(folder)
    writeFileSync(join(folder, 'back.fit'), runFit(3))
    await call('folders:scanNow')
    await vi.waitFor(() => expect(count()).toBe(1), { timeout: 15_000, interval: 200 })
    const [back] = (await call('folders:list')) as WatchedFolderDto[]
    expect(back?.problem).toBeNull()
  })
})
