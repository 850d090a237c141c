import type { DataActionResultDto, DataProgressDto, ExportRequest } from '../../../shared/data-dto'
import { backupLibrary } from '../backup/backup-library'
import type { TrailkeepCore } from '../create-core'
import { exportActivities } from '../export/export-activities'
import { importStravaExport } from '../import/import-strava-export'
import type { FileDialogs } from './file-dialogs'

const PLURALS: Record<string, string> = { activity: 'activities' }
const plural = (n: number, word: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? word : (PLURALS[word] ?? `${word}s`)}`

/** The app's Export, Import and Back up actions: ask the shell where, then run the core. */
export function createDataActions(
  core: TrailkeepCore,
  dialogs: FileDialogs,
  onProgress: (progress: DataProgressDto) => void,
) {
  return {
    async export(request: ExportRequest): Promise<DataActionResultDto | null> {
      const outDir = await dialogs.chooseExportFolder()
      if (!outDir) return null
      const result = await exportActivities(core, {
        format: request.format,
        outDir,
        ids: request.ids,
        onProgress: ({ done, total }) => onProgress({ operation: 'export', done, total }),
      })
      const skipped = result.skipped.length
      const partial = result.partial.length
      const details = [
        skipped > 0
          ? `${plural(skipped, 'activity')} skipped (already exported, or nothing to put in this format)`
          : '',
        partial > 0 ? `${plural(partial, 'activity')} without a track (no streams)` : '',
      ].filter(Boolean)
      return {
        path: outDir,
        summary: `Wrote ${plural(result.written, 'file')}.${details.length ? ` ${details.join('; ')}.` : ''}`,
      }
    },

    async import(): Promise<DataActionResultDto | null> {
      const archive = await dialogs.chooseImportArchive()
      if (!archive) return null
      const result = await importStravaExport(core, {
        archive,
        onProgress: (p) =>
          onProgress({ operation: 'import', done: p.filesDone, total: p.filesTotal }),
      })
      const skipped = result.skipped.length
      return {
        path: archive,
        summary:
          `Imported ${plural(result.activitiesInArchive, 'activity')}: ${result.created} new, streams filled for ${result.streamsFilled}, ` +
          `${plural(result.queueEntriesRemoved, 'request')} to Strava saved.${skipped ? ` ${plural(skipped, 'file')} skipped (unreadable).` : ''}`,
      }
    },

    async backup(): Promise<DataActionResultDto | null> {
      const date = new Date(core.clock.now()).toISOString().slice(0, 10)
      const file = await dialogs.chooseBackupFile(`trailkeep-backup-${date}.sqlite`)
      if (!file) return null
      onProgress({ operation: 'backup', done: 0, total: 1 })
      const result = await backupLibrary(core.database, file, { overwrite: true })
      onProgress({ operation: 'backup', done: 1, total: 1 })
      return { path: result.file, summary: `Backed up ${plural(result.activities, 'activity')}.` }
    },
  }
}

export type DataActions = ReturnType<typeof createDataActions>
