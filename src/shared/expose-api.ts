import {
  BRIDGE_ENTRIES,
  type InvokeChannel,
  type IpcResult,
  type TrailkeepApi,
} from './bridge-contract'
import type { ErrorCode } from './error-codes'
import type { EventChannel, EventPayloads } from './event-channels'

/** How calls travel: ipcRenderer in Electron, a WebSocket in the web shell. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, input: unknown): Promise<IpcResult<unknown>>
  subscribe<E extends EventChannel>(
    event: E,
    listener: (payload: EventPayloads[E]) => void,
  ): () => void
}

/** A failed call as the renderer sees it: a stable code and one sentence. */
export class BridgeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'BridgeError'
  }
}

/**
 * Builds the renderer-facing API over any transport, one method per entry of the bridge table.
 * Used by the Electron preload and by the web shell's page.
 */
export function exposeApi(transport: BridgeTransport): TrailkeepApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const { channel, group, method } of BRIDGE_ENTRIES) {
    api[group] ??= {}
    api[group][method] = async (input) => {
      const result = await transport.invoke(channel, input)
      if (!result.ok) throw new BridgeError(result.error.code, result.error.message)
      return result.value
    }
  }
  const on: TrailkeepApi['on'] = (event, listener) => transport.subscribe(event, listener)
  return Object.freeze({ ...api, on }) as unknown as TrailkeepApi
}

/**
 * Files dropped onto the window, as paths the core can read. Electron's preload answers with
 * `webUtils.getPathForFile` (a page never sees a file's path otherwise); the web shell, a test
 * harness, answers with the names, which it finds in a folder it was given.
 */
export interface DroppedFilePaths {
  pathsOfDroppedFiles(files: readonly File[]): string[]
}

/** The object a shell puts on `window.trailkeep`. */
export type WindowApi = TrailkeepApi & Partial<DroppedFilePaths>
