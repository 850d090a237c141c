/**
 * `trailkeep import PATH...` and the app's import: each path is a Strava bulk-export ZIP, a
 * device file (FIT, GPX, TCX, maybe gzipped) or a folder searched for both. Exports go first,
 * so that device files of the same activities find them (and their Strava ids) instead of
 * becoming activities of their own. Counts are of activities, as the command line's contract
 * says; every file that gave nothing is listed with the reason.
 */
import { stat } from 'node:fs/promises'
import { AppError, isAppError } from '../errors'
import type { FileImportParts } from './files/import-device-files'
import { importDeviceFiles } from './files/import-device-files'
import { findFiles, type FoundFile } from './files/find-files'
import { importStravaExport, type ImportResult } from './import-strava-export'

export interface ImportPathsOptions {
  paths: readonly string[]
  signal?: AbortSignal
  onProgress?: (progress: ImportPathsProgress) => void
  /** Trust unchanged path, size and time of files seen before (watched folders' rescans). */
  trustUnchangedPaths?: boolean
}

export interface ImportPathsProgress {
  phase: 'finding' | 'export' | 'files'
  done: number
  total: number
}

export interface ImportPathsResult {
  /** Activities new to the library. */
  added: number
  /** Activities already there that gained streams, an original file, or their file's detail. */
  updated: number
  /** Activities the files hold that the library already had complete. */
  unchanged: number
  /** Files that gave no activity, and why (one sentence each). */
  skipped: { file: string; reason: string }[]
  /** The ids of the activities added (local negative ids for device-file activities). */
  addedIds: number[]
  /** Requests the sync no longer needs to send to Strava. */
  requestsSaved: { streams: number; details: number }
  /** Files found that are neither activity files nor ZIPs (photos, notes...). */
  ignoredFiles: number
  /** Device files read and parsed; files recognised as already imported are not. */
  filesRead: number
  /** Each Strava export imported, with its own report. */
  exports: { path: string; result: ImportResult }[]
}

function exportCounts(result: ImportResult) {
  const created = result.createdIds.length
  const updated = result.updatedIds.length
  const undated = result.skipped.filter((s) => s.reason === 'no-date').length
  return {
    added: created,
    updated,
    unchanged: Math.max(0, result.activitiesInArchive - created - updated - undated),
  }
}

async function checkPathsExist(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await stat(path)
    } catch {
      throw new AppError(
        'FILE_ACCESS',
        /\.zip$/i.test(path)
          ? `${path} does not exist; check the path to your Strava export.`
          : `${path} does not exist; check the path.`,
      )
    }
  }
}

export async function importPaths(
  parts: FileImportParts,
  options: ImportPathsOptions,
): Promise<ImportPathsResult> {
  await checkPathsExist(options.paths)
  options.onProgress?.({ phase: 'finding', done: 0, total: 0 })
  const found = await findFiles(options.paths, options.signal)
  const result: ImportPathsResult = {
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: [...found.unreadable],
    addedIds: [],
    requestsSaved: { streams: 0, details: 0 },
    ignoredFiles: found.ignored,
    filesRead: 0,
    exports: [],
  }
  const onlyOneZip = options.paths.length === 1 && found.zips.length === 1
  for (const zip of found.zips) {
    await importExport(parts, zip, result, options, onlyOneZip)
  }
  const files = await importDeviceFiles(parts, found.activityFiles, {
    signal: options.signal,
    trustUnchangedPaths: options.trustUnchangedPaths,
    onProgress: ({ done, total }) => options.onProgress?.({ phase: 'files', done, total }),
  })
  result.added += files.added.length
  result.addedIds.push(...files.added)
  result.updated += files.updated.length
  result.unchanged += files.unchanged
  result.skipped.push(...files.skipped)
  result.requestsSaved.streams += files.streamDownloadsSaved
  result.filesRead = files.filesRead
  return result
}

/**
 * One export ZIP. A ZIP that is not Strava's export, or is damaged, changes nothing: named alone
 * on the command line it fails the import as it always has; found among other files it is
 * reported and the rest is imported.
 */
async function importExport(
  parts: FileImportParts,
  zip: FoundFile,
  result: ImportPathsResult,
  options: ImportPathsOptions,
  alone: boolean,
): Promise<void> {
  let imported: ImportResult
  try {
    imported = await importStravaExport(parts, {
      archive: zip.path,
      signal: options.signal,
      onProgress: (p) =>
        options.onProgress?.({ phase: 'export', done: p.filesDone, total: p.filesTotal }),
    })
  } catch (error) {
    const refused =
      isAppError(error, 'ARCHIVE_INVALID') ||
      isAppError(error, 'ARCHIVE_TOO_LARGE') ||
      isAppError(error, 'FILE_ACCESS')
    if (alone || !refused) throw error
    result.skipped.push({ file: zip.path, reason: (error as Error).message })
    return
  }
  result.exports.push({ path: zip.path, result: imported })
  const counts = exportCounts(imported)
  result.added += counts.added
  result.addedIds.push(...imported.createdIds)
  result.updated += counts.updated
  result.unchanged += counts.unchanged
  result.requestsSaved.streams += imported.streamDownloadsSaved
  result.requestsSaved.details += imported.detailRequestsSaved
  for (const skip of imported.skipped) {
    result.skipped.push({ file: `${zip.path}: ${skip.file}`, reason: skip.detail })
  }
}
