/** Where files go and come from, as the shell asks the user (native dialogs in Electron). */
export interface FileDialogs {
  chooseExportFolder(): Promise<string | null>
  chooseImportArchive(): Promise<string | null>
  chooseBackupFile(suggestedName: string): Promise<string | null>
  chooseRestoreFile(): Promise<string | null>
  /** A PMTiles base map (the maps read only the file the user picked here). */
  chooseBaseMapFile(): Promise<string | null>
  /** Where to save a heatmap picture (PNG). */
  chooseImageFile(suggestedName: string): Promise<string | null>
}
