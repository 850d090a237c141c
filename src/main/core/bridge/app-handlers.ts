import type { InvokeChannel, InvokePayload, InvokeResults } from '../../../shared/ipc-contract'
import type { TrailkeepCore } from '../create-core'
import type { BackgroundSync } from '../sync/background-sync'

export type AppHandlers = {
  [C in InvokeChannel]: (payload: InvokePayload<C>) => Promise<InvokeResults[C]>
}

/** One line per capability: the logic lives in the core services. */
export function createAppHandlers(core: TrailkeepCore, background: BackgroundSync): AppHandlers {
  return {
    'auth:status': () => core.auth.status(),
    'auth:connect': async (payload) => (await core.auth.connect({ force: payload?.force })).status,
    'auth:cancel-connect': async () => core.auth.cancelConnect(),
    'auth:disconnect': (payload) => core.auth.disconnect({ deleteData: payload.deleteData }),
    'credentials:save': async (payload) => {
      await core.credentials.save(payload)
      return core.auth.status()
    },
    'sync:status': async () => background.status(),
    'sync:now': async () => background.syncNow(),
  }
}
