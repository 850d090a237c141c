/**
 * Files dropped onto the window reach the core as paths, the one thing a page can name: only
 * absolute paths the shell vouches for are read, and the web shell's harness finds dropped names
 * in its own inbox folder, never outside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppSession } from '../../../src/main/core/app-session'
import { dispatchInvoke } from '../../../src/main/core/bridge/dispatch'
import { createWebShellFileDialogs } from '../../../src/main/web-shell/file-dialogs'
import { fitBytes, straightTrack } from '../../helpers/device-files'
import { dialogsAnswering } from '../../helpers/file-dialogs'
import { createHarness, type Harness } from '../../helpers/harness'

const T = Date.UTC(2026, 3, 1, 6)

let h: Harness
let work: string
let session: AppSession | undefined
beforeEach(async () => {
  h = await createHarness({ emulator: { activityCount: 0 } })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-dropped-'))
})
afterEach(async () => {
  await session?.close()
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

const run = () =>
  fitBytes({
    records: straightTrack(T, 60, { step: 3 }).map((p, i) => ({ ...p, distance: i * 3 })),
    sessions: [{ startTime: new Date(T), sport: 'running' }],
  })

describe('files dropped onto the window', () => {
  it('are imported from absolute paths; anything else is refused before a file is read', async () => {
    const file = join(work, 'dropped.fit')
    writeFileSync(file, run())
    session = await h.startSession(() => undefined, dialogsAnswering())
    const invoke = (input: unknown) =>
      dispatchInvoke(session!.handlers, 'data:importDropped', input)

    for (const bad of [{ paths: ['dropped.fit'] }, { paths: [] }, { paths: ['/a\0b'] }, {}]) {
      expect((await invoke(bad)).ok, JSON.stringify(bad)).toBe(false)
    }
    expect(await invoke({ paths: [join(work, 'missing.fit')] })).toMatchObject({
      ok: false,
      error: { code: 'FILE_ACCESS' },
    })
    expect(await invoke({ paths: [file] })).toEqual({
      ok: true,
      value: { path: file, summary: 'Imported 1 new activity.' },
    })
    expect(session.core.library.count()).toBe(1)
  })

  it('in the web shell are found by name in its inbox, and never outside it', async () => {
    const inbox = join(work, 'inbox')
    mkdirSync(join(inbox, 'dropped'), { recursive: true })
    const dialogs = createWebShellFileDialogs(h.dataDir, { TRAILKEEP_WEB_INBOX: inbox })
    expect(await dialogs.droppedPaths(['run.fit', 'ride.gpx'])).toEqual([
      join(inbox, 'dropped', 'run.fit'),
      join(inbox, 'dropped', 'ride.gpx'),
    ])
    for (const name of ['../secret.fit', '/etc/passwd', '..']) {
      expect(await dialogs.droppedPaths([name]), name).toEqual([])
    }
    const without = createWebShellFileDialogs(h.dataDir, {})
    expect(await without.droppedPaths(['run.fit'])).toEqual([])
  })
})
