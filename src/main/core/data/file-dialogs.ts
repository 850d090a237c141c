/** Where files go and come from, as the shell asks the user (native dialogs in Electron). */
export interface FileDialogs {
  chooseExportFolder(): Promise<string | null>
  chooseImportArchive(): Promise<string | null>
  /** Export ZIPs and device files (FIT, GPX, TCX, maybe gzipped), several at once. */
  chooseImportFiles(): Promise<string[] | null>
  chooseImportFolder(): Promise<string | null>
  chooseWatchedFolder(): Promise<string | null>
  chooseBackupFile(suggestedName: string): Promise<string | null>
  chooseRestoreFile(): Promise<string | null>
  /**
   * Files dropped onto the window, as paths on this computer: Electron's preload gives absolute
   * paths; the web shell, a test harness, finds dropped names in a folder it was given.
   */
  droppedPaths(paths: readonly string[]): Promise<string[]>
  /** A PMTiles base map (the maps read only the file the user picked here). */
  chooseBaseMapFile(): Promise<string | null>
  /** Where to save a heatmap picture (PNG). */
  chooseImageFile(suggestedName: string): Promise<string | null>
}
