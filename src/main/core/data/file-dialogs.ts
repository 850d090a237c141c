/** Where files go and come from, as the shell asks the user (native dialogs in Electron). */
export interface FileDialogs {
  chooseExportFolder(): Promise<string | null>
  chooseImportArchive(): Promise<string | null>
  chooseBackupFile(suggestedName: string): Promise<string | null>
  chooseRestoreFile(): Promise<string | null>
}
