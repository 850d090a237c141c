import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import { commitImport, type StagedActivity } from './commit-import'
import { CorruptFileError } from './corrupt-file'
import { readExportCsv, type ExportRow } from './export-csv'
import { createImportStaging, type ImportStaging } from './import-staging'
import type { ImportLimits } from './inflate-budget'
import { originalKind } from './original-file'
import { OriginalReader } from './original-reader'
import { openZipArchive, type Entry } from './zip-archive'
import { createInlinePool, type WorkerPool } from '../workers/worker-pool'

export interface ImportTarget {
  db: AppDb
  dataDir: string
  clock?: Clock
  /** Parses originals on every core; without it, in this thread. */
  workers?: WorkerPool
}

export interface ImportOptions {
  /** Path of the ZIP from Strava's "Download your data". */
  archive: string
  onProgress?: (progress: ImportProgress) => void
  signal?: AbortSignal
  /** Overrides the unpacking limits (importLimitsFor), e.g. for tests. */
  limits?: Partial<ImportLimits>
}

export interface ImportProgress {
  phase: 'reading' | 'saving'
  filesDone: number
  filesTotal: number
  bytesDone: number
  bytesTotal: number
}

export type ImportSkipReason = 'corrupt' | 'not-listed' | 'no-date'

export interface ImportResult {
  /** Activities listed in the archive's activities.csv. */
  activitiesInArchive: number
  created: number
  streamsFilled: number
  originalsKept: number
  /** Stream downloads no longer needed from Strava's rate-limited API. */
  streamDownloadsSaved: number
  /** Detail requests no longer needed: the export and the original file answer them. */
  detailRequestsSaved: number
  /** Activities the library did not have. */
  createdIds: number[]
  /** Activities already in the library that gained streams or an original file. */
  updatedIds: number[]
  skipped: { file: string; id: number | null; reason: ImportSkipReason; detail: string }[]
}

function findCsv(entries: Entry[]): { entry: Entry; root: string } {
  const entry = entries
    .filter((e) => /(^|\/)activities\.csv$/i.test(e.fileName))
    .sort((a, b) => a.fileName.length - b.fileName.length)[0]
  if (!entry) {
    throw new AppError(
      'ARCHIVE_INVALID',
      'This archive has no activities.csv; choose the ZIP file from Strava\'s "Download your data".',
    )
  }
  return { entry, root: entry.fileName.slice(0, entry.fileName.length - 'activities.csv'.length) }
}

/**
 * Imports Strava's bulk export: creates the activities the library lacks, fills streams the API
 * has not given yet (so the sync has fewer to download), and keeps the original files. Reads
 * the archive entry by entry; writes everything in one transaction at the end, or nothing.
 */
export async function importStravaExport(
  target: ImportTarget,
  options: ImportOptions,
): Promise<ImportResult> {
  const archive = await openZipArchive(options.archive, options.limits)
  let staging: ImportStaging | null = null
  try {
    staging = await createImportStaging(target.dataDir)
    const csv = findCsv(archive.entries)
    const { rows } = await readExportCsv(await archive.openEntry(csv.entry))
    const byId = new Map<number, ExportRow>()
    for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row)
    const byFile = new Map<string, ExportRow>()
    for (const row of byId.values()) if (row.filename) byFile.set(row.filename.toLowerCase(), row)
    const files = archive.entries.filter(
      (e) => e.fileName.startsWith(`${csv.root}activities/`) && originalKind(e.fileName),
    )
    const result: ImportResult = {
      activitiesInArchive: byId.size,
      created: 0,
      streamsFilled: 0,
      originalsKept: 0,
      streamDownloadsSaved: 0,
      detailRequestsSaved: 0,
      createdIds: [],
      updatedIds: [],
      skipped: [],
    }
    const staged = new Map<number, StagedActivity>([...byId].map(([id, row]) => [id, { id, row }]))
    const workers = target.workers ?? createInlinePool()
    const reader = new OriginalReader(target.db, archive, staging, [...byId.keys()], workers)
    const progress: ImportProgress = {
      phase: 'reading',
      filesDone: 0,
      filesTotal: files.length,
      bytesDone: 0,
      bytesTotal: files.reduce((sum, e) => sum + e.compressedSize, 0),
    }
    options.onProgress?.({ ...progress })
    const skips: { index: number; skip: ImportResult['skipped'][number] }[] = []
    const finished = (entry: Entry) => {
      progress.filesDone++
      progress.bytesDone += entry.compressedSize
      options.onProgress?.({ ...progress })
    }
    // Parsing runs in the worker pool while the next files are unpacked, a few at a time.
    const window = Math.max(2, workers.threads * 2)
    const inFlight: Promise<void>[] = []
    let failure: { error: unknown } | null = null
    try {
      for (const [index, entry] of files.entries()) {
        if (failure) break
        options.signal?.throwIfAborted()
        const file = entry.fileName.slice(csv.root.length)
        const row = byFile.get(file.toLowerCase())
        const corrupt = (error: unknown) => {
          if (!(error instanceof CorruptFileError) || !row) throw error
          skips.push({ index, skip: { file, id: row.id, reason: 'corrupt', detail: error.detail } })
        }
        if (!row) {
          skips.push({
            index,
            skip: { file, id: null, reason: 'not-listed', detail: 'not listed in activities.csv' },
          })
          finished(entry)
          continue
        }
        let parsing: Promise<void> | null = null
        try {
          const read = await reader.read(entry, index, file, staged.get(row.id) as StagedActivity)
          parsing = read?.parsing ?? null
        } catch (error) {
          corrupt(error)
        }
        if (!parsing) {
          finished(entry)
          continue
        }
        inFlight.push(
          parsing
            .catch(corrupt)
            .then(() => finished(entry))
            .catch((error: unknown) => void (failure ??= { error })),
        )
        while (inFlight.length >= window) await inFlight.shift()
      }
    } finally {
      // A broken archive ends the loop with parsings under way: let them finish before the
      // staging folder they write into is removed.
      await Promise.all(inFlight)
    }
    if (failure) throw (failure as { error: unknown }).error
    result.skipped.push(...skips.sort((a, b) => a.index - b.index).map((s) => s.skip))
    options.signal?.throwIfAborted()
    options.onProgress?.({ ...progress, phase: 'saving' })
    const now = (target.clock ?? { now: Date.now }).now()
    const { undated, ...counts } = commitImport(
      target.db,
      target.dataDir,
      [...staged.values()],
      now,
    )
    for (const id of undated) {
      result.skipped.push({
        file: 'activities.csv',
        id,
        reason: 'no-date',
        detail: 'no readable Activity Date',
      })
    }
    return { ...result, ...counts }
  } finally {
    archive.close()
    await staging?.dispose()
  }
}
