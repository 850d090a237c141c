import { dirname, isAbsolute } from 'node:path'
import type { DataActionResultDto, DataProgressDto, ExportRequest } from '../../../shared/data-dto'
import type { DroppedPaths, LibraryChangedDto } from '../../../shared/folders-dto'
import { AppError } from '../errors'
import { describeImportPaths } from './import-summary'
import { activityCount, countText } from '../../../shared/count-text'
import type { Clock } from '../clock'
import type { DataTools } from '../trailkeep'
import type { FileDialogs } from './file-dialogs'

/** The app's Export, Import and Back up actions: ask the shell where, then run the core. */
export function createDataActions(
  data: DataTools,
  clock: Clock,
  dialogs: FileDialogs,
  onProgress: (progress: DataProgressDto) => void,
  /** New activities or streams arrived (their figures are due, the screens refresh). */
  onLibraryChanged: (change: LibraryChangedDto) => void = () => undefined,
) {
  async function importPaths(paths: string[], from: string): Promise<DataActionResultDto> {
    const result = await data.importPaths({
      paths,
      onProgress: (p) => onProgress({ operation: 'import', done: p.done, total: p.total }),
    })
    onLibraryChanged({ added: result.added, updated: result.updated })
    return { path: from, summary: describeImportPaths(result) }
  }

  return {
    async export(request: ExportRequest): Promise<DataActionResultDto | null> {
      const outDir = await dialogs.chooseExportFolder()
      if (!outDir) return null
      const result = await data.export({
        format: request.format,
        outDir,
        ids: request.ids,
        onProgress: ({ done, total }) => onProgress({ operation: 'export', done, total }),
      })
      const zoned = result.skipped.filter((s) => s.reason === 'privacy-zone').length
      const skipped = result.skipped.length - zoned
      const partial = result.partial.length
      const details = [
        zoned > 0
          ? `${activityCount(zoned)} kept home: their original files have points inside your privacy zones`
          : '',
        skipped > 0
          ? `${activityCount(skipped)} skipped (already exported, or nothing to put in this format)`
          : '',
        partial > 0 ? `${activityCount(partial)} without a track (no streams)` : '',
        result.trimmed.length > 0
          ? `points inside your privacy zones left out of ${activityCount(result.trimmed.length)}`
          : '',
      ].filter(Boolean)
      return {
        path: outDir,
        summary: `Wrote ${countText(result.written, 'file', 'files')}.${details.length ? ` ${details.join('; ')}.` : ''}`,
      }
    },

    async import(): Promise<DataActionResultDto | null> {
      const archive = await dialogs.chooseImportArchive()
      if (!archive) return null
      const result = await data.import({
        archive,
        onProgress: (p) =>
          onProgress({ operation: 'import', done: p.filesDone, total: p.filesTotal }),
      })
      onLibraryChanged({ added: result.created, updated: result.updatedIds.length })
      const skipped = result.skipped.length
      return {
        path: archive,
        summary:
          `Imported ${activityCount(result.activitiesInArchive)}: ${result.created} new, streams filled for ${result.streamsFilled}, ` +
          `${countText(result.streamDownloadsSaved, 'request', 'requests')} to Strava saved.${skipped ? ` ${countText(skipped, 'file', 'files')} skipped (unreadable).` : ''}`,
      }
    },

    async importFiles(): Promise<DataActionResultDto | null> {
      const files = await dialogs.chooseImportFiles()
      if (!files || files.length === 0) return null
      return importPaths(
        files,
        files.length === 1 ? (files[0] as string) : dirname(files[0] as string),
      )
    },

    async importFolder(): Promise<DataActionResultDto | null> {
      const folder = await dialogs.chooseImportFolder()
      return folder ? importPaths([folder], folder) : null
    },

    /** Dropped paths come from the page: only absolute paths the shell vouches for are read. */
    async importDropped({ paths }: DroppedPaths): Promise<DataActionResultDto> {
      const files = await dialogs.droppedPaths(paths)
      if (files.length === 0 || !files.every((f) => isAbsolute(f))) {
        throw new AppError(
          'INVALID_INPUT',
          'Drop files or folders from this computer to import them.',
        )
      }
      return importPaths(
        files,
        files.length === 1 ? (files[0] as string) : dirname(files[0] as string),
      )
    },

    async backup(): Promise<DataActionResultDto | null> {
      const date = new Date(clock.now()).toISOString().slice(0, 10)
      const file = await dialogs.chooseBackupFile(`trailkeep-backup-${date}.sqlite`)
      if (!file) return null
      onProgress({ operation: 'backup', done: 0, total: 1 })
      const result = await data.backup(file, { overwrite: true })
      onProgress({ operation: 'backup', done: 1, total: 1 })
      return { path: result.file, summary: `Backed up ${activityCount(result.activities)}.` }
    },
  }
}

export type DataActions = ReturnType<typeof createDataActions>
