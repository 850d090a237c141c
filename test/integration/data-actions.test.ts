import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppSession } from '../../src/main/core/app-session'
import { dispatchInvoke } from '../../src/main/core/bridge/dispatch'
import type { DataProgressDto } from '../../src/shared/data-dto'
import { createHarness, type Harness } from '../helpers/harness'
import { activitiesCsv, encodeFit, gzip, writeZip } from '../helpers/strava-export-fixture'

let h: Harness | undefined
let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  await h?.cleanup()
})

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
    const harness = h
    const { startAppSession } = await import('../../src/main/core/app-session')
    const { resolvePassphraseProtection } =
      await import('../../src/main/core/crypto/passphrase-protection')
    session = await startAppSession(
      {
        dataDir: harness.dataDir,
        baseUrl: harness.emulator.url,
        resolveProtection: (db) => resolvePassphraseProtection(db, 'correct horse battery staple'),
        openExternal: async () => undefined,
        allowMemoryOnlyTokens: false,
        clock: harness.clock,
      },
      (event, payload) => event === 'data:progress' && progress.push(payload as DataProgressDto),
      {
        chooseExportFolder: async () => chosen.folder,
        chooseImportArchive: async () => chosen.zip,
        chooseBackupFile: async () => chosen.backup,
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
    const originals = join(harness.dataDir, 'originals')
    expect(readdirSync(originals)).toHaveLength(1)
    expect(
      await dispatchInvoke(session.handlers, 'auth:disconnect', { deleteData: true }),
    ).toMatchObject({ ok: true })
    expect(readdirSync(originals)).toEqual([])
  })

  it('says so when the window cannot open files, and treats a cancelled dialog as nothing done', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 1 } })
    session = await h.startSession()
    expect(await dispatchInvoke(session.handlers, 'data:backup', undefined)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    await session.close()
    const { startAppSession } = await import('../../src/main/core/app-session')
    const { resolvePassphraseProtection } =
      await import('../../src/main/core/crypto/passphrase-protection')
    const harness = h
    session = await startAppSession(
      {
        dataDir: harness.dataDir,
        baseUrl: harness.emulator.url,
        resolveProtection: (db) => resolvePassphraseProtection(db, 'x-passphrase'),
        openExternal: async () => undefined,
        allowMemoryOnlyTokens: false,
        clock: harness.clock,
      },
      () => undefined,
      {
        chooseExportFolder: async () => null,
        chooseImportArchive: async () => null,
        chooseBackupFile: async () => null,
      },
    )
    for (const channel of ['data:import', 'data:backup'] as const) {
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
