import type { EventChannel, EventPayloads } from '../../shared/event-channels'
import { invokeSchemas, type InvokeChannel } from '../../shared/ipc-contract'
import { restoreLibrary, type RestoreResult } from './backup/restore-library'
import { createAppHandlers, type AppHandlers } from './bridge/app-handlers'
import { createCore, type CoreOptions, type TrailkeepCore } from './create-core'
import { createDataActions } from './data/data-actions'
import type { FileDialogs } from './data/file-dialogs'
import { createRestoreActions } from './data/restore-actions'
import { AppError } from './errors'
import { createBackgroundSync, type BackgroundSync } from './sync/background-sync'

export type PushEvent = <E extends EventChannel>(event: E, payload: EventPayloads[E]) => void

export interface AppSession {
  /** The running core; a restore replaces it, so read it when needed instead of keeping it. */
  readonly core: TrailkeepCore
  readonly background: BackgroundSync
  /** Stable for the whole session: every call goes to the core running at the time. */
  handlers: AppHandlers
  close(): Promise<void>
}

type SessionOptions = Omit<CoreOptions, 'onConnectionChange' | 'onSyncProgress'>

interface Running {
  core: TrailkeepCore
  background: BackgroundSync
  handlers: AppHandlers
}

/**
 * The core as an interactive app runs it (Electron or the web shell): handlers for the bridge,
 * events pushed to the page, and background sync that starts at launch and after connecting.
 * Restoring a backup closes the core, replaces the library and opens a new core behind the same
 * handlers.
 */
export async function startAppSession(
  options: SessionOptions,
  push: PushEvent,
  dialogs?: FileDialogs,
): Promise<AppSession> {
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
    const core = await createCore({
      ...options,
      onConnectionChange: (status) => {
        push('auth:changed', status)
        if (status.state === 'connected') holder.background?.syncNow()
      },
      onSyncProgress: (progress) => push('sync:progress', progress),
    })
    const background = createBackgroundSync(core, {
      onFinished: (result) => push('sync:finished', result),
    })
    holder.background = background
    background.start()
    const data =
      dialogs && createDataActions(core, dialogs, (progress) => push('data:progress', progress))
    return { core, background, handlers: createAppHandlers(core, background, data, restore) }
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
          clock: before.core.clock,
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

  const handlers = Object.fromEntries(
    (Object.keys(invokeSchemas) as InvokeChannel[]).map((channel) => [
      channel,
      (payload: never) => current().handlers[channel](payload),
    ]),
  ) as AppHandlers

  return {
    get core() {
      return current().core
    },
    get background() {
      return current().background
    },
    handlers,
    close: async () => {
      const last = running
      running = null
      if (last) await stop(last)
    },
  }
}
