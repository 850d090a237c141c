import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { activityCount } from '../../../shared/count-text'
import type {
  DataActionResultDto,
  DataProgressDto,
  RestoreCandidateDto,
  RestoreRequest,
} from '../../../shared/data-dto'
import type { RestoreResult } from '../backup/restore-library'
import { inspectLibraryFile } from '../backup/inspect-library-file'
import { AppError } from '../errors'
import type { FileDialogs } from './file-dialogs'

export interface RestoreActionsDeps {
  dialogs: FileDialogs
  nativeBinding?: string
  /** Closes the running core, restores `file` over the library and opens it again. */
  replaceLibrary(file: string): Promise<RestoreResult>
  onProgress(progress: DataProgressDto): void
}

/**
 * Restore from the app in two steps, so the athlete sees what a backup holds before anything is
 * replaced: choose (a file dialog, then a read-only check) and restore (by the choice's id: the
 * page never names a path, so a compromised page cannot restore a file of its choosing).
 */
export function createRestoreActions(deps: RestoreActionsDeps) {
  let pending: { choice: string; file: string } | null = null
  return {
    async chooseRestore(): Promise<RestoreCandidateDto | null> {
      pending = null
      const file = await deps.dialogs.chooseRestoreFile()
      if (!file) return null
      const name = basename(file)
      const { facts, modifiedMs } = await inspectBackup(file, name, deps.nativeBinding)
      const choice = randomUUID()
      pending = { choice, file }
      return {
        choice,
        fileName: name,
        activities: facts.activities,
        newestActivity:
          facts.newestStartDate === null
            ? null
            : new Date(facts.newestStartDate * 1000).toISOString(),
        modifiedAt: new Date(modifiedMs).toISOString(),
      }
    },

    async restore({ choice }: RestoreRequest): Promise<DataActionResultDto> {
      if (pending?.choice !== choice) {
        throw new AppError('INVALID_INPUT', 'Choose the backup to restore again.')
      }
      const { file } = pending
      pending = null
      deps.onProgress({ operation: 'restore', done: 0, total: 1 })
      const result = await deps.replaceLibrary(file)
      deps.onProgress({ operation: 'restore', done: 1, total: 1 })
      const kept = result.previous
        ? ` The library it replaced is kept in the data folder as ${basename(result.previous)}.`
        : ''
      return {
        path: file,
        summary: `Restored ${activityCount(result.activities)} from ${basename(file)}.${kept}`,
      }
    },
  }
}

export type RestoreActions = ReturnType<typeof createRestoreActions>

/** The backup's facts, read without writing to it, and when it was last written. */
async function inspectBackup(file: string, name: string, nativeBinding?: string) {
  try {
    const info = await stat(file)
    return { facts: inspectLibraryFile(file, name, nativeBinding, true), modifiedMs: info.mtimeMs }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('FILE_ACCESS', `${name} could not be read; choose another backup.`, {
      cause: error,
    })
  }
}
