import type * as NodeFs from 'node:fs'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { isAppError } from '../../../src/main/core/errors'
import { importStravaExport } from '../../../src/main/core/import/import-strava-export'
import { sqlRows, T0, useImportLibrary } from '../../helpers/import-scenario'
import { activitiesCsv } from '../../helpers/strava-export-fixture'
import {
  deflatedZeros,
  gzippedZeros,
  storedEntry,
  writeRawZip,
  type BombEntry,
} from '../../helpers/zip-bomb'

/**
 * Counts every byte the import writes into its staging folder, whatever writes it: the total
 * written is an upper bound of the most the folder ever held.
 */
const staged = vi.hoisted(() => ({ bytes: 0 }))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>()
  const createWriteStream = ((path: string, options?: unknown) => {
    const stream = fs.createWriteStream(path, options as never)
    if (String(path).includes(`${'/'}.import-`)) {
      stream.on('close', () => void (staged.bytes += stream.bytesWritten))
    }
    return stream
  }) as typeof fs.createWriteStream
  return { ...fs, default: { ...fs, createWriteStream }, createWriteStream }
})

const library = useImportLibrary()
const MiB = 1024 * 1024

function csvFor(files: string[]) {
  return storedEntry(
    'activities.csv',
    activitiesCsv(
      files.map((filename, i) => ({
        id: 9001 + i,
        startMs: T0 + i * 3_600_000,
        name: `bomb ${i}`,
        type: 'Ride',
        elapsedTime: 60,
        distanceM: 1,
        filename,
      })),
    ),
  )
}

async function bomb(name: string, zeroBytes: number, declaredSize = zeroBytes): Promise<BombEntry> {
  const { data, crc } = await deflatedZeros(zeroBytes)
  return { name, data, crc, method: 8, declaredSize }
}

function libraryState() {
  const { h } = library
  return {
    activities: sqlRows(library, 'SELECT id, streams_state FROM activities ORDER BY id'),
    originals: sqlRows(library, 'SELECT * FROM originals'),
    files: existsSync(join(h.dataDir, 'originals'))
      ? readdirSync(join(h.dataDir, 'originals'))
      : [],
    staging: readdirSync(h.dataDir).filter((f) => f.startsWith('.import-')),
  }
}

async function refusal(archive: string, limits?: { entryBytes?: number; totalBytes?: number }) {
  staged.bytes = 0
  const before = libraryState()
  const error = await importStravaExport(library.core, { archive, limits }).catch((e: unknown) => e)
  // Nothing from a refused archive reaches the library, and its staged files are gone.
  expect(libraryState()).toEqual(before)
  return error as Error
}

describe('a ZIP bomb', () => {
  it('is refused at the archive cap, counting inflated bytes, with nothing staged past it', async () => {
    const archive = join(library.work, 'bomb.zip')
    // 100 MiB of zeros, honestly declared, in an archive of about 100 KB.
    const entry = await bomb('activities/9001.gpx', 100 * MiB)
    writeRawZip(archive, [csvFor(['activities/9001.gpx']), entry])
    const archiveBytes = statSync(archive).size
    expect(archiveBytes).toBeLessThan(MiB)
    const cap = archiveBytes * 32 + 64 * MiB

    const error = await refusal(archive)
    expect(isAppError(error, 'ARCHIVE_TOO_LARGE'), String(error)).toBe(true)
    expect(error.message).toMatch(/stopped at activities\/9001\.gpx/)
    expect(staged.bytes).toBeGreaterThan(0)
    expect(staged.bytes).toBeLessThanOrEqual(cap)
  })

  it('whose header declares a small size is refused as soon as it unpacks past it', async () => {
    const archive = join(library.work, 'liar.zip')
    const entry = await bomb('activities/9001.gpx', 64 * MiB, 1000)
    writeRawZip(archive, [csvFor(['activities/9001.gpx']), entry])
    const error = await refusal(archive)
    expect(isAppError(error, 'ARCHIVE_INVALID'), String(error)).toBe(true)
    expect(error.message).toMatch(/^activities\/9001\.gpx in \S+liar\.zip unpacks to more than/)
    expect(staged.bytes).toBeLessThanOrEqual(1000)
  })

  it('is refused at the per-file cap and names the file', async () => {
    const archive = join(library.work, 'big-file.zip')
    const files = ['activities/9001.gpx', 'activities/9002.tcx']
    writeRawZip(archive, [
      csvFor(files),
      await bomb(files[0]!, 1 * MiB),
      await bomb(files[1]!, 16 * MiB),
    ])
    const error = await refusal(archive, { entryBytes: 4 * MiB })
    expect(isAppError(error, 'ARCHIVE_TOO_LARGE'), String(error)).toBe(true)
    expect(error.message).toMatch(
      /^activities\/9002\.tcx in \S+big-file\.zip unpacks to more than 4 MB/,
    )
    expect(staged.bytes).toBeLessThanOrEqual(5 * MiB)
  })

  it('spread over many files is refused when the whole archive passes the cap', async () => {
    const archive = join(library.work, 'many.zip')
    const files = Array.from({ length: 8 }, (_, i) => `activities/${9001 + i}.gpx`)
    const entries = await Promise.all(files.map((name) => bomb(name, 3 * MiB)))
    writeRawZip(archive, [csvFor(files), ...entries])
    const error = await refusal(archive, { totalBytes: 10 * MiB })
    expect(isAppError(error, 'ARCHIVE_TOO_LARGE'), String(error)).toBe(true)
    expect(error.message).toMatch(/more than 10 MB \(stopped at activities\/9004\.gpx\)/)
    expect(staged.bytes).toBeLessThanOrEqual(10 * MiB)
  })

  it('inside a .gz entry is refused while it is gunzipped', async () => {
    const archive = join(library.work, 'gz-bomb.zip')
    writeRawZip(archive, [
      csvFor(['activities/9001.gpx.gz']),
      storedEntry('activities/9001.gpx.gz', gzippedZeros(64 * MiB)),
    ])
    const error = await refusal(archive, { entryBytes: 8 * MiB })
    expect(isAppError(error, 'ARCHIVE_TOO_LARGE'), String(error)).toBe(true)
    expect(error.message).toMatch(/^activities\/9001\.gpx\.gz in \S+ unpacks to more than 8 MB/)
  })
})
