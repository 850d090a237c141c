import type { DataActionResultDto, ExportRequest, RestoreCandidateDto } from './data-dto'
import type { ConnectionStatusDto, DisconnectResultDto, SyncStatusDto } from './dto'
import type { ActivityDetailDto, ActivityPageDto, TotalsDto } from './library-dto'
import type { ActivityQueryInput, TotalsQuery } from './library-query'
import type { PreferencesPatch, SettingsDto } from './settings-dto'
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokePayload,
  InvokeResults,
  IpcResult,
} from './ipc-contract'

/** How calls travel: ipcRenderer in Electron, a WebSocket in the web shell. */
export interface BridgeTransport {
  invoke<C extends InvokeChannel>(
    channel: C,
    payload: InvokePayload<C>,
  ): Promise<IpcResult<InvokeResults[C]>>
  subscribe<E extends EventChannel>(
    event: E,
    listener: (payload: EventPayloads[E]) => void,
  ): () => void
}

/** The one object the renderer sees as `window.trailkeep`. */
export interface TrailkeepApi {
  auth: {
    status(): Promise<ConnectionStatusDto>
    connect(options?: { force?: boolean }): Promise<ConnectionStatusDto>
    cancelConnect(): Promise<boolean>
    disconnect(options: { deleteData: boolean }): Promise<DisconnectResultDto>
  }
  credentials: {
    save(input: { clientId: string; clientSecret: string }): Promise<ConnectionStatusDto>
  }
  sync: {
    status(): Promise<SyncStatusDto>
    now(): Promise<SyncStatusDto>
  }
  library: {
    list(query: ActivityQueryInput): Promise<ActivityPageDto>
    detail(id: number): Promise<ActivityDetailDto | null>
    /** Fetches a pending detail and streams now, from the requests kept for the user. */
    fetchNow(id: number): Promise<ActivityDetailDto | null>
    totals(query: TotalsQuery): Promise<TotalsDto>
    sportTypes(): Promise<string[]>
    purgeDeleted(): Promise<number>
  }
  settings: {
    get(): Promise<SettingsDto>
    update(patch: PreferencesPatch): Promise<SettingsDto>
    /** A redacted report for bug reports (no tokens, secrets, names). */
    diagnostics(): Promise<string>
    /** Linux without a keyring: accept weak token storage from the next start on. */
    setPlainTextOptIn(enabled: boolean): Promise<SettingsDto>
  }
  data: {
    /** Asks where (a folder), then exports; null when the user cancelled. */
    export(request: ExportRequest): Promise<DataActionResultDto | null>
    /** Asks for Strava's bulk-export ZIP, then imports it. */
    import(): Promise<DataActionResultDto | null>
    /** Asks where, then copies the live database safely. */
    backup(): Promise<DataActionResultDto | null>
    /** Asks for a backup and describes it; null when the user cancelled. Restores nothing. */
    chooseRestore(): Promise<RestoreCandidateDto | null>
    /** Replaces the library with the chosen backup; the page should reload afterwards. */
    restore(choice: string): Promise<DataActionResultDto>
  }
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
}

/** A failed call as the renderer sees it: a stable code and one sentence. */
export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'BridgeError'
  }
}

/** Builds the renderer-facing API over any transport. Used by the preload and the web shell. */
export function exposeApi(transport: BridgeTransport): TrailkeepApi {
  async function call<C extends InvokeChannel>(channel: C, payload: InvokePayload<C>) {
    const result = await transport.invoke(channel, payload)
    if (!result.ok) throw new BridgeError(result.error.code, result.error.message)
    return result.value
  }
  return {
    auth: {
      status: () => call('auth:status', undefined),
      connect: (options) => call('auth:connect', options),
      cancelConnect: () => call('auth:cancel-connect', undefined),
      disconnect: (options) => call('auth:disconnect', options),
    },
    credentials: {
      save: (input) => call('credentials:save', input),
    },
    sync: {
      status: () => call('sync:status', undefined),
      now: () => call('sync:now', undefined),
    },
    library: {
      list: (query) => call('library:list', query),
      detail: (id) => call('library:detail', { id }),
      fetchNow: (id) => call('library:fetch-now', { id }),
      totals: (query) => call('library:totals', query),
      sportTypes: () => call('library:sport-types', undefined),
      purgeDeleted: () => call('library:purge-deleted', undefined),
    },
    settings: {
      get: () => call('settings:get', undefined),
      update: (patch) => call('settings:update', patch),
      diagnostics: () => call('app:diagnostics', undefined),
      setPlainTextOptIn: (enabled) => call('settings:plain-text-opt-in', { enabled }),
    },
    data: {
      export: (request) => call('data:export', request),
      import: () => call('data:import', undefined),
      backup: () => call('data:backup', undefined),
      chooseRestore: () => call('data:choose-restore', undefined),
      restore: (choice) => call('data:restore', { choice }),
    },
    on: (event, listener) => transport.subscribe(event, listener),
  } satisfies TrailkeepApi
}
