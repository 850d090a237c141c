import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppSession } from '../../../src/main/core/app-session'
import { dispatchInvoke } from '../../../src/main/core/bridge/dispatch'
import type { FileDialogs } from '../../../src/main/core/data/file-dialogs'
import type { DataProgressDto, RestoreCandidateDto } from '../../../src/shared/data-dto'
import type { ActivityPageDto } from '../../../src/shared/library-dto'
import { createHarness, type Harness } from '../../helpers/harness'
import { activitiesCsv, encodeFit, gzip, writeZip } from '../../helpers/strava-export-fixture'

let h: Harness | undefined
let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  await h?.cleanup()
})

/** Dialogs that back up to `file` and restore from it, and cancel everything else. */
function backupDialogs(file: string): FileDialogs {
  return {
    chooseExportFolder: async () => null,
    chooseImportArchive: async () => null,
    chooseBackupFile: async () => file,
    chooseRestoreFile: async () => file,
    chooseBaseMapFile: async () => null,
    chooseImageFile: async () => null,
  }
}

/** The app's Export, Import and Back up buttons, end to end through the bridge. */
describe('data actions from the app', () => {
  it('exports, imports and backs up through the bridge, and reports what it did', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 12 } })
    await h.connect()
    const seed = await h.openCore()
    await seed.sync.run()
    seed.close()
    const chosen = {
      folder: join(h.dataDir, '..', `${Date.now()}-exports`),
      zip: join(h.dataDir, '..', `${Date.now()}-export.zip`),
      backup: join(h.dataDir, '..', `${Date.now()}-backup.sqlite`),
    }
    const progress: DataProgressDto[] = []
    session = await h.startSession(
      (event, payload) => event === 'data:progress' && progress.push(payload as DataProgressDto),
      {
        chooseExportFolder: async () => chosen.folder,
        chooseImportArchive: async () => chosen.zip,
        chooseBackupFile: async () => chosen.backup,
        chooseRestoreFile: async () => chosen.backup,
        chooseBaseMapFile: async () => null,
        chooseImageFile: async () => null,
      },
    )
    await session.background.stop()

    const exported = await dispatchInvoke(session.handlers, 'data:export', { format: 'gpx' })
    expect(exported).toMatchObject({
      ok: true,
      value: { path: chosen.folder, summary: expect.stringMatching(/^Wrote \d+ files?\./) },
    })
    expect(readdirSync(chosen.folder).filter((f) => f.endsWith('.gpx')).length).toBeGreaterThan(5)
    expect(progress.some((p) => p.operation === 'export' && p.done === p.total)).toBe(true)

    const start = Date.UTC(2020, 4, 1, 6)
    const points = Array.from({ length: 30 }, (_, i) => ({
      timeMs: start + i * 1000,
      lat: 50 + i * 1e-4,
      lng: 7,
      heartrate: 120 + i,
    }))
    await writeZip(chosen.zip, [
      {
        name: 'activities.csv',
        data: activitiesCsv([
          {
            id: 4_000_000_001,
            startMs: start,
            name: 'Old run',
            type: 'Run',
            elapsedTime: 29,
            distanceM: 300,
            filename: 'activities/4000000001.fit.gz',
          },
        ]),
      },
      { name: 'activities/4000000001.fit.gz', data: gzip(encodeFit(points)) },
    ])
    const imported = await dispatchInvoke(session.handlers, 'data:import', undefined)
    expect(imported).toMatchObject({
      ok: true,
      value: { summary: expect.stringMatching(/^Imported 1 activity: 1 new/) },
    })

    const backedUp = await dispatchInvoke(session.handlers, 'data:backup', undefined)
    expect(backedUp).toMatchObject({
      ok: true,
      value: { path: chosen.backup, summary: 'Backed up 13 activities.' },
    })
    expect(existsSync(chosen.backup)).toBe(true)

    // Deleting the local backup on disconnect leaves no imported original behind.
    const originals = join(h.dataDir, 'originals')
    expect(readdirSync(originals)).toHaveLength(1)
    expect(
      await dispatchInvoke(session.handlers, 'auth:disconnect', { deleteData: true }),
    ).toMatchObject({ ok: true })
    expect(readdirSync(originals)).toEqual([])
  })

  it('restores a backup from the app: shows what it holds, then swaps the library under the same handlers', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 8 } })
    await h.connect()
    const backup = join(h.dataDir, '..', `${Date.now()}-restore.sqlite`)
    const progress: DataProgressDto[] = []
    session = await h.startSession(
      (event, payload) => event === 'data:progress' && progress.push(payload as DataProgressDto),
      backupDialogs(backup),
    )
    await session.background.stop()
    await session.core.sync.run()
    const live = session
    const total = async () => {
      const page = await dispatchInvoke(live.handlers, 'library:list', { limit: 1 })
      if (!page.ok) throw new Error(page.error.message)
      return (page.value as ActivityPageDto).total
    }
    expect(await total()).toBe(8)
    expect(await dispatchInvoke(live.handlers, 'data:backup', undefined)).toMatchObject({
      ok: true,
    })
    h.emulator.addActivity()
    h.emulator.addActivity()
    await session.core.sync.run()
    expect(await total()).toBe(10)
    const coreBefore = session.core

    const chosen = await dispatchInvoke(live.handlers, 'data:chooseRestore', undefined)
    if (!chosen.ok || !chosen.value) throw new Error('no candidate')
    const candidate = chosen.value as RestoreCandidateDto
    expect(candidate).toMatchObject({
      fileName: expect.stringMatching(/-restore\.sqlite$/),
      activities: 8,
      newestActivity: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(JSON.stringify(candidate)).not.toContain(h.dataDir)

    const forged = await dispatchInvoke(live.handlers, 'data:restore', {
      choice: '00000000-0000-4000-8000-000000000000',
    })
    expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const restored = await dispatchInvoke(live.handlers, 'data:restore', {
      choice: candidate.choice,
    })
    expect(restored).toMatchObject({
      ok: true,
      value: {
        summary: expect.stringMatching(
          /^Restored 8 activities from \S+-restore\.sqlite\. The library it replaced is kept in the data folder as trailkeep\.sqlite\.before-restore\.$/,
        ),
      },
    })
    expect(progress.filter((p) => p.operation === 'restore').map((p) => p.done)).toEqual([0, 1])
    expect(session.core).not.toBe(coreBefore)
    expect(await total()).toBe(8)
    const status = await dispatchInvoke(live.handlers, 'auth:status', undefined)
    expect(status).toMatchObject({ ok: true, value: { state: 'connected' } })
    // A choice is good for one restore.
    const again = await dispatchInvoke(live.handlers, 'data:restore', {
      choice: candidate.choice,
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    // The new core syncs what the backup lacks (its launch sync is stopped to run one here).
    await session.background.stop()
    await session.core.sync.run()
    expect(await total()).toBe(10)
  })

  it('keeps the library and keeps answering when the chosen backup turns out unusable', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 4 } })
    await h.connect()
    const backup = join(h.dataDir, '..', `${Date.now()}-restore.sqlite`)
    session = await h.startSession(() => undefined, backupDialogs(backup))
    await session.background.stop()
    await session.core.sync.run()
    const live = session
    expect(await dispatchInvoke(live.handlers, 'data:backup', undefined)).toMatchObject({
      ok: true,
    })
    const chosen = await dispatchInvoke(live.handlers, 'data:chooseRestore', undefined)
    if (!chosen.ok || !chosen.value) throw new Error('no candidate')
    writeFileSync(backup, 'not a database any more')
    const refused = await dispatchInvoke(live.handlers, 'data:restore', {
      choice: (chosen.value as RestoreCandidateDto).choice,
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'DB_FOREIGN', message: expect.stringMatching(/not a Trailkeep backup/) },
    })
    const page = await dispatchInvoke(live.handlers, 'library:list', { limit: 1 })
    expect(page).toMatchObject({ ok: true, value: { total: 4 } })
    const unreadable = await dispatchInvoke(live.handlers, 'data:chooseRestore', undefined)
    expect(unreadable).toMatchObject({ ok: false, error: { code: 'DB_FOREIGN' } })
  })

  it('says so when the window cannot open files, and treats a cancelled dialog as nothing done', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 1 } })
    session = await h.startSession()
    expect(await dispatchInvoke(session.handlers, 'data:backup', undefined)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    await session.close()
    session = await h.startSession(() => undefined, {
      chooseExportFolder: async () => null,
      chooseImportArchive: async () => null,
      chooseBackupFile: async () => null,
      chooseRestoreFile: async () => null,
      chooseBaseMapFile: async () => null,
      chooseImageFile: async () => null,
    })
    for (const channel of ['data:import', 'data:backup', 'data:chooseRestore'] as const) {
      expect(await dispatchInvoke(session.handlers, channel, undefined)).toEqual({
        ok: true,
        value: null,
      })
    }
    expect(await dispatchInvoke(session.handlers, 'data:export', { format: 'csv' })).toEqual({
      ok: true,
      value: null,
    })
  })
})
