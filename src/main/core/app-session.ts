import { BRIDGE_ENTRIES, type BridgeGroup, type BridgeHandlers } from '../../shared/bridge-contract'
import type { EventChannel, EventPayloads } from '../../shared/event-channels'
import { restoreLibrary, type RestoreResult } from './backup/restore-library'
import { createBridgeHandlers } from './bridge/bridge-handlers'
import { systemClock } from './clock'
import { createCore } from './create-core'
import type { LibraryChangedDto } from '../../shared/folders-dto'
import { createDataActions } from './data/data-actions'
import { createFolderActions } from './folders/folder-actions'
import { createFolderWatcher, type FolderWatcher } from './folders/folder-watcher'
import { createLabImageActions } from './lab/lab-image-actions'
import { createMapActions } from './maps/map-actions'
import type { FileDialogs } from './data/file-dialogs'
import { createRestoreActions } from './data/restore-actions'
import { AppError } from './errors'
import { faceOf, type TrailkeepOptions } from './open-trailkeep'
import { createBackgroundSync, type BackgroundSync } from './sync/background-sync'
import type { Trailkeep } from './trailkeep'

export type PushEvent = <E extends EventChannel>(event: E, payload: EventPayloads[E]) => void

export interface AppSession {
  /** The running core; a restore replaces it, so read it when needed instead of keeping it. */
  readonly core: Trailkeep
  readonly background: BackgroundSync
  /** Stable for the whole session: every call goes to the core running at the time. */
  readonly handlers: BridgeHandlers
  close(): Promise<void>
}

type SessionOptions = Omit<TrailkeepOptions, 'events'>

interface Running {
  core: Trailkeep
  background: BackgroundSync
  watcher: FolderWatcher
  handlers: BridgeHandlers
}

/**
 * The core as an interactive app runs it (Electron or the web shell): handlers for the bridge,
 * events pushed to the page, background sync that starts at launch and after connecting, and the
 * watched folders, read at launch and while the app runs.
 * Restoring a backup closes the core, replaces the library and opens a new core behind the same
 * handlers.
 */
export async function startAppSession(
  options: SessionOptions,
  push: PushEvent,
  dialogs?: FileDialogs,
): Promise<AppSession> {
  const clock = options.clock ?? systemClock
  const restore =
    dialogs &&
    createRestoreActions({
      dialogs,
      nativeBinding: options.nativeBinding,
      replaceLibrary,
      onProgress: (progress) => push('data:progress', progress),
    })

  async function run(): Promise<Running> {
    // The core is built before background sync exists; events reach it through this holder.
    const holder: { background?: BackgroundSync } = {}
    const parts = await createCore({
      ...options,
      onConnectionChange: (status) => {
        push('auth:changed', status)
        if (status.state === 'connected') holder.background?.now()
      },
      onSyncProgress: (progress) => push('sync:progress', progress),
      onDeriveProgress: (progress) => push('derive:progress', progress),
      prepareHeatmap: true,
    })
    const core = faceOf(parts, {
      preferencesChanged: () => holder.background?.preferencesChanged(),
      figuresOutdated: () => parts.derived.refreshSoon(),
    })
    const background = createBackgroundSync(
      { ...parts, account: core.account },
      {
        onFinished: (result) => {
          push('sync:finished', result)
          parts.derived.refreshSoon()
        },
      },
    )
    holder.background = background
    background.start()
    // Figures of what an earlier run or another process stored.
    parts.derived.refreshSoon()
    const libraryChanged = (change: LibraryChangedDto) => {
      push('library:changed', change)
      parts.derived.refreshSoon()
    }
    const watcher = createFolderWatcher(parts, {
      onArrivals: ({ folder, added, updated }) => {
        push('folders:arrivals', { folder, added, updated })
        libraryChanged({ added, updated })
      },
      onChanged: () => push('folders:changed', core.folders.list()),
    })
    // What arrived in watched folders while the app was closed comes in now.
    watcher.start()
    const data =
      dialogs &&
      createDataActions(
        core.data,
        clock,
        dialogs,
        (progress) => push('data:progress', progress),
        libraryChanged,
      )
    const folders = createFolderActions(core.folders, watcher, dialogs)
    const images = dialogs && createLabImageActions(dialogs)
    const maps = dialogs && createMapActions(core.maps, dialogs, clock)
    return {
      core,
      background,
      watcher,
      handlers: createBridgeHandlers(core, background, { data, restore, folders, images, maps }),
    }
  }

  let running: Running | null = await run()
  let replacing = false

  function current(): Running {
    if (replacing) {
      throw new AppError('LIBRARY_IN_USE', 'Trailkeep is restoring a backup; one moment.')
    }
    if (!running) throw new AppError('LIBRARY_IN_USE', 'Trailkeep is closing.')
    return running
  }

  async function stop(session: Running): Promise<void> {
    await session.watcher.stop()
    await session.background.stop()
    session.core.close()
  }

  async function replaceLibrary(file: string): Promise<RestoreResult> {
    const before = current()
    replacing = true
    try {
      await stop(before)
      running = null
      try {
        return await restoreLibrary({
          dataDir: options.dataDir,
          file,
          clock,
          nativeBinding: options.nativeBinding,
        })
      } finally {
        // Whatever library is in place now (the backup, or the old one after a refusal).
        running = await run()
      }
    } finally {
      replacing = false
    }
  }

  return {
    get core() {
      return current().core
    },
    get background() {
      return current().background
    },
    handlers: followCurrent(() => current().handlers),
    close: async () => {
      const last = running
      running = null
      if (last) await stop(last)
    },
  }
}

/** Handlers that answer with whatever core is running at the time of each call. */
function followCurrent(handlers: () => BridgeHandlers): BridgeHandlers {
  const groups: Partial<Record<BridgeGroup, Record<string, (input: never) => unknown>>> = {}
  for (const { group, method } of BRIDGE_ENTRIES) {
    const calls = (groups[group] ??= {})
    calls[method] = (input) => {
      const target = handlers()[group] as Record<string, (input: unknown) => unknown>
      return target[method]?.(input)
    }
  }
  return groups as BridgeHandlers
}
