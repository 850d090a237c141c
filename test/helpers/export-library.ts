/**
 * One library synced from the emulator for a whole export test file, and what the export tests
 * read it with: fresh output folders, the stored streams, activities by id.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { afterAll, beforeAll } from 'vitest'
import type { CoreParts } from '../../src/main/core/create-core'
import { readStreams } from '../../src/main/core/db/activities-repo'
import { exportActivities, type ExportFormat } from '../../src/main/core/export/export-activities'
import {
  iterateActivities,
  type StoredActivity,
} from '../../src/main/core/export/stored-activities'
import { createHarness, type Harness } from './harness'

export type Streams = Record<string, unknown[] | undefined>

export interface ExportLibrary {
  harness: Harness
  core: CoreParts
  library: StoredActivity[]
}

/**
 * Registers the hooks of the calling file: a synced library before its tests, cleanup after.
 * `onReady` hands the library to the file's own variables.
 */
export function useExportLibrary(onReady: (ready: ExportLibrary) => void) {
  let h: Harness | null = null
  let ready: ExportLibrary | null = null
  const outDirs: string[] = []
  const current = (): ExportLibrary => {
    if (!ready) throw new Error('the library exists only inside a test')
    return ready
  }

  beforeAll(async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 20, seed: 11 } })
    await h.connect()
    const core = await h.openCore()
    await core.sync.run()
    ready = { harness: h, core, library: [...iterateActivities(core.db)] }
    onReady(ready)
  }, 60_000)
  afterAll(async () => {
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true })
    await h?.cleanup()
  })

  function freshDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'trailkeep-export-'))
    outDirs.push(dir)
    return dir
  }

  return {
    freshDir,
    exportTo(format: ExportFormat, extra: { ids?: number[]; overwrite?: boolean } = {}) {
      const outDir = freshDir()
      return exportActivities(current().core, { format, outDir, ...extra }).then((result) => ({
        result,
        outDir,
      }))
    },
    streamsOf: (id: number) => readStreams(current().core.db, id) as Streams,
    byId: (id: number) => current().library.find((a) => a.id === id) as StoredActivity,
  }
}

export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
export const timeOf = (a: StoredActivity, streams: Streams, i: number) =>
  iso(Date.parse(String(a.summary.start_date)) + (streams.time?.[i] as number) * 1000)
export const idInName = (file: string) => Number(/^\d{4}-\d\d-\d\d_\d{4}_(\d+)_/.exec(file)?.[1])
export const xmlDom = (text: string) => new DOMParser().parseFromString(text, 'text/xml')
