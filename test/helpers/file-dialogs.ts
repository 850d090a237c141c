import type { FileDialogs } from '../../src/main/core/data/file-dialogs'

/** Dialogs the user cancels, but for the answers given. */
export function dialogsAnswering(answers: Partial<FileDialogs> = {}): FileDialogs {
  return {
    chooseExportFolder: async () => null,
    chooseImportArchive: async () => null,
    chooseImportFiles: async () => null,
    chooseImportFolder: async () => null,
    chooseWatchedFolder: async () => null,
    chooseBackupFile: async () => null,
    chooseRestoreFile: async () => null,
    droppedPaths: async (paths) => [...paths],
    chooseBaseMapFile: async () => null,
    chooseImageFile: async () => null,
    ...answers,
  }
}
