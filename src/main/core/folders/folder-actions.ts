import type { WatchedFolderDto } from '../../../shared/folders-dto'
import type { FileDialogs } from '../data/file-dialogs'
import type { WatchedFolders } from '../trailkeep'
import type { FolderWatcher } from './folder-watcher'

/**
 * The app's watched-folder actions: the shell's dialog picks a folder (the page never names a
 * path), the library remembers it, the running watcher follows.
 */
export function createFolderActions(
  folders: WatchedFolders,
  watcher: FolderWatcher,
  dialogs?: FileDialogs,
) {
  return {
    list: (): WatchedFolderDto[] => folders.list(),
    async add(): Promise<WatchedFolderDto[] | null> {
      const path = await dialogs?.chooseWatchedFolder()
      if (!path) return null
      const list = folders.add(path)
      await watcher.refresh()
      return list
    },
    async remove(ref: { id: number }): Promise<WatchedFolderDto[]> {
      const list = folders.remove(ref)
      await watcher.refresh()
      return list
    },
    async scanNow(): Promise<WatchedFolderDto[]> {
      await watcher.refresh()
      await watcher.scanNow()
      return folders.list()
    },
  }
}

export type FolderActions = ReturnType<typeof createFolderActions>
