import type { EventChannel, EventPayloads } from '../../shared/event-channels'
import { createAppHandlers, type AppHandlers } from './bridge/app-handlers'
import { createCore, type CoreOptions, type TrailkeepCore } from './create-core'
import { createBackgroundSync, type BackgroundSync } from './sync/background-sync'
import { createDataActions } from './data/data-actions'
import type { FileDialogs } from './data/file-dialogs'

export type PushEvent = <E extends EventChannel>(event: E, payload: EventPayloads[E]) => void

export interface AppSession {
  core: TrailkeepCore
  handlers: AppHandlers
  background: BackgroundSync
  close(): Promise<void>
}

/**
 * The core as an interactive app runs it (Electron or the web shell): handlers for the bridge,
 * events pushed to the page, and background sync that starts at launch and after connecting.
 */
export async function startAppSession(
  options: Omit<CoreOptions, 'onConnectionChange' | 'onSyncProgress'>,
  push: PushEvent,
  dialogs?: FileDialogs,
): Promise<AppSession> {
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
  const started = createBackgroundSync(core, {
    onFinished: (result) => push('sync:finished', result),
  })
  holder.background = started
  started.start()
  return {
    core,
    handlers: createAppHandlers(
      core,
      started,
      dialogs && createDataActions(core, dialogs, (progress) => push('data:progress', progress)),
    ),
    background: started,
    close: async () => {
      await started.stop()
      core.close()
    },
  }
}
