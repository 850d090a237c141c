import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStreams } from '../../../src/main/core/db/activities-repo'
import { isAppError } from '../../../src/main/core/errors'
import { importStravaExport } from '../../../src/main/core/import/import-strava-export'
import { buildScenario, points, sqlRows, T0, useImportLibrary } from '../../helpers/import-scenario'
import {
  activitiesCsv,
  encodeFit,
  gpxText,
  gzip,
  writeZip,
} from '../../helpers/strava-export-fixture'

const library = useImportLibrary()
const sql = <T>(query: string, ...params: unknown[]) => sqlRows<T>(library, query, ...params)

describe('a corrupt file inside the archive', () => {
  it('is reported and skipped while the rest is imported', async () => {
    const { h, core, work } = library
    const [a, b, c, d] = h.emulator.activities
    const good = encodeFit(points(8))
    const damagedFit = gzip(encodeFit(points(9)))
    const csv = activitiesCsv(
      [
        [a!.id, 'activities/6001.gpx.gz'],
        [b!.id, 'activities/6002.tcx'],
        [c!.id, 'activities/6003.fit.gz'],
        [d!.id, 'activities/6004.fit'],
      ].map(([id, filename]) => ({
        id: id as number,
        startMs: T0,
        name: 'x',
        type: 'Ride',
        elapsedTime: 60,
        distanceM: 1,
        filename: filename as string,
      })),
    )
    const archive = join(work, 'corrupt.zip')
    await writeZip(archive, [
      { name: 'activities.csv', data: csv },
      { name: 'activities/6001.gpx.gz', data: Buffer.from('not gzip at all') },
      { name: 'activities/6002.tcx', data: '<TrainingCenterDatabase><Activities><Activity>' },
      { name: 'activities/6003.fit.gz', data: damagedFit },
      { name: 'activities/6004.fit', data: good },
    ])
    // Flip one byte inside the stored .fit.gz entry: its CRC no longer matches the archive's.
    const bytes = readFileSync(archive)
    const at = bytes.indexOf(damagedFit.subarray(20, 40)) + 5
    bytes[at] = (bytes[at] as number) ^ 0xff
    writeFileSync(archive, bytes)
    const result = await importStravaExport(core, { archive })
    expect(result.skipped.map((s) => [s.file, s.detail])).toEqual([
      ['activities/6001.gpx.gz', 'it is not valid gzip data'],
      ['activities/6002.tcx', 'the TCX file is not well-formed XML'],
      ['activities/6003.fit.gz', 'its checksum does not match'],
    ])
    expect(result).toMatchObject({ streamsFilled: 1, originalsKept: 1 })
    expect(readStreams(core.db, d!.id)?.time).toHaveLength(8)
  })
})

describe('a damaged archive', () => {
  function libraryState() {
    return {
      activities: sql('SELECT id, streams_state, source FROM activities ORDER BY id'),
      pending: sql('SELECT id, detail_pending FROM activities ORDER BY id'),
      retries: sql('SELECT * FROM fetch_retries'),
      originals: sql('SELECT * FROM originals'),
      files: existsSync(join(library.h.dataDir, 'originals'))
        ? readdirSync(join(library.h.dataDir, 'originals'))
        : [],
      staging: readdirSync(library.h.dataDir).filter((f) => f.startsWith('.import-')),
    }
  }

  it('imports nothing from a truncated archive', async () => {
    const { core } = library
    const { archive } = await buildScenario(library)
    const before = libraryState()
    truncateSync(archive, Math.floor(readFileSync(archive).length * 0.6))
    const error = await importStravaExport(core, { archive }).catch((e: unknown) => e)
    expect(isAppError(error, 'ARCHIVE_INVALID')).toBe(true)
    expect((error as Error).message).toMatch(/is damaged or incomplete/)
    expect(libraryState()).toEqual(before)
  })

  it('imports nothing when the archive breaks after some files were read', async () => {
    const { core } = library
    const { archive } = await buildScenario(library)
    const before = libraryState()
    // Break the local header of the sixth original: five files are read, then it fails.
    const bytes = readFileSync(archive)
    const at = bytes.indexOf(Buffer.from('activities/5005.gpx.gz')) - 30
    expect(bytes.readUInt32LE(at)).toBe(0x04034b50)
    bytes.writeUInt32LE(0xdeadbeef, at)
    writeFileSync(archive, bytes)
    const progress: number[] = []
    const error = await importStravaExport(core, {
      archive,
      onProgress: (p) => progress.push(p.filesDone),
    }).catch((e: unknown) => e)
    expect(isAppError(error, 'ARCHIVE_INVALID')).toBe(true)
    // Five were read before the break; workers parse them in parallel, so up to five may have
    // been reported done when the sixth fails, and never more.
    expect(Math.max(0, ...progress)).toBeLessThanOrEqual(5)
    expect(libraryState()).toEqual(before)
  })

  it('refuses a ZIP without activities.csv and a file that is not a ZIP', async () => {
    const { core, work } = library
    const noCsv = join(work, 'no-csv.zip')
    await writeZip(noCsv, [{ name: 'activities/1.gpx', data: gpxText(points(3)) }])
    const notZip = join(work, 'not.zip')
    writeFileSync(notZip, 'hello')
    for (const archive of [noCsv, notZip]) {
      const error = await importStravaExport(core, { archive }).catch((e: unknown) => e)
      expect(isAppError(error, 'ARCHIVE_INVALID'), archive).toBe(true)
    }
  })
})
