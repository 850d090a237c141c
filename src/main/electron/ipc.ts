import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { BRIDGE_ENTRIES, type BridgeHandlers } from '../../shared/bridge-contract'
import type { EventChannel, EventPayloads } from '../../shared/event-channels'
import { dispatchInvoke } from '../core'

/**
 * Registers one handler per contract channel. A call from any frame other than the app's own
 * page is refused before its payload is looked at.
 */
export function registerIpcHandlers(
  handlers: BridgeHandlers,
  isAppUrl: (url: string) => boolean,
): void {
  for (const { channel } of BRIDGE_ENTRIES) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const url = event.senderFrame?.url
      if (!url || !isAppUrl(url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Request refused.' } }
      }
      return dispatchInvoke(handlers, channel, payload)
    })
  }
}

/** Pushes an event to the window, if it still exists. */
export function sendEvent<E extends EventChannel>(
  window: BrowserWindow | null,
  event: E,
  payload: EventPayloads[E],
): void {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return
  window.webContents.send(event, payload)
}
