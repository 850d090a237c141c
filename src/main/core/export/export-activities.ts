import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import { planActivityFile, type PartialReason, type SkipReason } from './activity-files'
import { renderCsv } from './csv-writer'
import { libraryFileName } from './file-names'
import { renderJsonArchive } from './json-archive'
import { countActivities, findMissingIds, iterateActivities } from './stored-activities'
import { readPrivacyZones } from '../maps/privacy-store'
import { errorCode, writeExportFile, type FileContent } from './write-export-file'
import { EXPORT_FORMATS, type ExportFormatDto } from '../../../shared/data-dto'

export { EXPORT_FORMATS }
export type ExportFormat = ExportFormatDto

/** What the export needs from the core. */
export interface ExportSource {
  db: AppDb
  dataDir: string
  clock?: Clock
}

export interface ExportOptions {
  format: ExportFormat
  outDir: string
  /** Only these activities; every stored one (deleted on Strava included) when absent. */
  ids?: readonly number[]
  /** Replace files that already exist; without it they are skipped and reported. */
  overwrite?: boolean
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
}

export interface ExportProgress {
  done: number
  total: number
}

export interface ExportResult {
  format: ExportFormat
  written: number
  /** Paths of the files written. */
  files: string[]
  /** `id` is null for a whole-library file (CSV, JSON). */
  skipped: { id: number | null; reason: SkipReason }[]
  /** Written without a track, and why. */
  partial: { id: number; reason: PartialReason }[]
  /** Activities written with points left out for the privacy zones, and how many points. */
  trimmed: { id: number; points: number }[]
}

/**
 * Exports activities into `outDir`: one GPX, TCX or original file per activity, or one CSV or
 * JSON file for all. Streams to disk activity by activity; never replaces a file unasked.
 */
export async function exportActivities(
  core: ExportSource,
  options: ExportOptions,
): Promise<ExportResult> {
  const { db } = core
  const ids = options.ids ? [...new Set(options.ids)] : undefined
  const missing = ids ? findMissingIds(db, ids) : []
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', `No activity with id ${missing[0]} is in the library.`)
  }
  await ensureDirectory(options.outDir)
  const total = countActivities(db, ids)
  const result: ExportResult = {
    format: options.format,
    written: 0,
    files: [],
    skipped: [],
    partial: [],
    trimmed: [],
  }
  // Read once: every file of this export leaves out the same places.
  const zones = readPrivacyZones(db)
  const overwrite = options.overwrite === true
  const record = async (path: string, content: FileContent, id: number | null) => {
    if ((await writeExportFile(path, content, overwrite)) === 'exists') {
      result.skipped.push({ id, reason: 'exists' })
      return false
    }
    result.written++
    result.files.push(path)
    return true
  }
  let done = 0
  const progress = () => {
    options.signal?.throwIfAborted()
    options.onProgress?.({ done: ++done, total })
  }
  const activities = (function* () {
    for (const activity of iterateActivities(db, ids)) {
      yield activity
      progress()
    }
  })()

  if (options.format === 'csv' || options.format === 'json') {
    const now = (core.clock ?? { now: Date.now }).now()
    const base = options.format === 'csv' ? 'trailkeep-activities' : 'trailkeep-archive'
    const path = join(options.outDir, libraryFileName(base, now, options.format))
    const content =
      options.format === 'csv'
        ? renderCsv(activities)
        : renderJsonArchive(db, activities, now, zones, (id, points) =>
            result.trimmed.push({ id, points }),
          )
    await record(path, content, null)
    return result
  }

  const format = options.format
  for (const activity of iterateActivities(db, ids)) {
    const file = planActivityFile(format, db, core.dataDir, activity, zones)
    if (file.kind === 'skip') {
      result.skipped.push({ id: activity.id, reason: file.reason })
    } else if (await record(join(options.outDir, file.fileName), file.content(), activity.id)) {
      if (file.partial) result.partial.push({ id: activity.id, reason: file.partial })
      if (file.trimmedPoints) result.trimmed.push({ id: activity.id, points: file.trimmedPoints })
    }
    progress()
  }
  return result
}

async function ensureDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    throw new AppError('FILE_ACCESS', `Could not create the folder ${dir} (${errorCode(error)}).`, {
      cause: error,
    })
  }
}
