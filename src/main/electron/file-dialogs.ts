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
