/**
 * Imports device files found on disk: each is read and parsed once in the worker pool (every
 * core), and the results are written a batch at a time, one transaction each, in the order the
 * files were found (so local ids follow it). A file already imported is recognised without
 * parsing: by its size (no known file has it: new) and then its SHA-256; a watched folder's
 * rescan first trusts an unchanged path, size and modification time, and skips even the hash.
 */
import type { Clock } from '../../clock'
import type { AppDb } from '../../db/open-database'
import type { WorkerPool } from '../../workers/worker-pool'
import { commitDeviceFiles, type BatchOutcome, type ReadFile } from './commit-device-files'
import type { FoundActivityFile } from './find-files'
import { findKnownFile, findUnchangedAt, knownFileSizes, type KnownFile } from './known-files'
import { MAX_DEVICE_FILE_BYTES, type DeviceFileReading } from './read-device-file'

export interface FileImportParts {
  db: AppDb
  dataDir: string
  clock: Clock
  workers: WorkerPool
}

export interface FileImportOptions {
  signal?: AbortSignal
  onProgress?: (progress: { done: number; total: number }) => void
  /** Trust an unchanged path, size and modification time (watched folders' rescans). */
  trustUnchangedPaths?: boolean
}

export interface FileImportOutcome extends BatchOutcome {
  /** Files read and parsed in this import. */
  filesRead: number
  /** Files recognised as already imported, not parsed again. */
  filesKnown: number
}

/** Files per transaction: enough to keep every worker busy while a batch is written. */
const BATCH = 32

type Step = { kind: 'read'; file: ReadFile } | { kind: 'known'; path: string; known: KnownFile }

function emptyOutcome(): FileImportOutcome {
  return {
    added: [],
    updated: [],
    unchanged: 0,
    streamDownloadsSaved: 0,
    skipped: [],
    filesRead: 0,
    filesKnown: 0,
  }
}

/** Worker answers arrive as plain Uint8Arrays; the database takes Buffers. */
function asBuffers(reading: DeviceFileReading): DeviceFileReading {
  if (reading.kind !== 'activities') return reading
  for (const activity of reading.activities) {
    const data = activity.streams.data as Uint8Array
    activity.streams.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  }
  return reading
}

export async function importDeviceFiles(
  parts: FileImportParts,
  files: readonly FoundActivityFile[],
  options: FileImportOptions = {},
): Promise<FileImportOutcome> {
  const { db, workers } = parts
  const sizes = knownFileSizes(db)
  const outcome = emptyOutcome()
  let done = 0
  const report = () => options.onProgress?.({ done, total: files.length })

  async function step(file: FoundActivityFile): Promise<Step | null> {
    const source = { path: file.path, format: file.format, gzipped: file.gzipped }
    const tooLarge = file.size > MAX_DEVICE_FILE_BYTES
    if (tooLarge || file.size === 0) {
      const reason = tooLarge ? 'it is too large to read (over 256 MB)' : 'the file is empty'
      outcome.skipped.push({ file: file.path, reason })
      return null
    }
    if (options.trustUnchangedPaths) {
      const known = findUnchangedAt(db, file.path, file.size, file.mtimeMs)
      if (known) return { kind: 'known', path: file.path, known }
    }
    if (sizes.has(file.size)) {
      const known = findKnownFile(db, await workers.run('fileContentKey', file.path))
      if (known) return { kind: 'known', path: file.path, known }
    }
    const reading = await workers.run('readDeviceFile', { ...source, now: parts.clock.now() })
    return { kind: 'read', file: { source, mtimeMs: file.mtimeMs, reading: asBuffers(reading) } }
  }

  /** A file that vanished or cannot be opened is reported; the import goes on. */
  async function stepOrSkip(file: FoundActivityFile): Promise<Step | null> {
    try {
      return await step(file)
    } catch (error) {
      if (options.signal?.aborted) throw error
      outcome.skipped.push({ file: file.path, reason: 'it could not be read' })
      return null
    }
  }

  function settle(steps: (Step | null)[]): void {
    const read: ReadFile[] = []
    for (const s of steps) {
      if (s?.kind === 'known') {
        outcome.filesKnown++
        outcome.unchanged += s.known.activityCount
        if (s.known.skipReason !== null) {
          outcome.skipped.push({ file: s.path, reason: s.known.skipReason })
        }
      } else if (s?.kind === 'read') read.push(s.file)
    }
    if (read.length === 0) return
    outcome.filesRead += read.length
    const batch = commitDeviceFiles(db, parts.dataDir, read, parts.clock.now())
    outcome.added.push(...batch.added)
    outcome.updated.push(...batch.updated.filter((id) => !outcome.updated.includes(id)))
    outcome.unchanged += batch.unchanged
    outcome.streamDownloadsSaved += batch.streamDownloadsSaved
    outcome.skipped.push(...batch.skipped)
  }

  const start = (from: number) =>
    Promise.all(
      files.slice(from, from + BATCH).map((file) =>
        stepOrSkip(file).then((result) => {
          done++
          report()
          return result
        }),
      ),
    )
  report()
  // The next batch is read while the current one is written.
  let next = files.length > 0 ? start(0) : null
  for (let from = 0; next; from += BATCH) {
    const current = await next
    options.signal?.throwIfAborted()
    next = from + BATCH < files.length ? start(from + BATCH) : null
    try {
      settle(current)
    } catch (error) {
      await next?.catch(() => undefined)
      throw error
    }
  }
  return outcome
}
