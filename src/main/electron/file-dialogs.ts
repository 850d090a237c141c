import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import type { FileDialogs } from '../core'

/** Native open and save dialogs, attached to the app's window. */
export function createElectronFileDialogs(window: () => BrowserWindow | null): FileDialogs {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const owner = window()
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  async function openMany(options: OpenDialogOptions): Promise<string[] | null> {
    const owner = window()
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
  }
  async function save(options: SaveDialogOptions): Promise<string | null> {
    const owner = window()
    const result = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  return {
    chooseExportFolder: () =>
      open({ title: 'Export to folder', properties: ['openDirectory', 'createDirectory'] }),
    chooseImportArchive: () =>
      open({
        title: 'Import Strava’s bulk export',
        properties: ['openFile'],
        filters: [{ name: 'Strava export (ZIP)', extensions: ['zip'] }],
      }),
    chooseImportFiles: () =>
      openMany({
        title: 'Import activity files',
        properties: ['openFile', 'multiSelections'],
        filters: [
          {
            name: 'Activity files and Strava exports',
            extensions: ['fit', 'gpx', 'tcx', 'gz', 'zip'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    chooseImportFolder: () =>
      open({ title: 'Import every activity file in a folder', properties: ['openDirectory'] }),
    chooseWatchedFolder: () =>
      open({
        title: 'Watch a folder for new activity files',
        properties: ['openDirectory', 'createDirectory'],
      }),
    // Paths the preload took from the dropped File objects (webUtils.getPathForFile); the
    // core reads only absolute paths to activity files, ZIPs and folders that exist.
    droppedPaths: async (paths) => [...paths],
    chooseBackupFile: (suggestedName) =>
      save({
        title: 'Back up the Trailkeep database',
        defaultPath: suggestedName,
        filters: [{ name: 'Trailkeep backup', extensions: ['sqlite'] }],
      }),
    chooseRestoreFile: () =>
      open({
        title: 'Restore a Trailkeep backup',
        properties: ['openFile'],
        filters: [
          { name: 'Trailkeep backup', extensions: ['sqlite', 'backup'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    chooseBaseMapFile: () =>
      open({
        title: 'Choose a base map',
        properties: ['openFile'],
        filters: [{ name: 'PMTiles map', extensions: ['pmtiles'] }],
      }),
    chooseImageFile: (suggestedName) =>
      save({
        title: 'Save the heatmap picture',
        defaultPath: suggestedName,
        filters: [{ name: 'PNG picture', extensions: ['png'] }],
      }),
  }
}
