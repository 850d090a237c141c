import { contextBridge, ipcRenderer } from 'electron'
import { isEventChannel } from '../shared/event-channels'
import type { IpcResult } from '../shared/bridge-contract'
import { exposeApi, type BridgeTransport } from '../shared/expose-api'

/** ipcRenderer stays here: the page only gets the typed API, never the IPC event object. */
const ipcTransport: BridgeTransport = {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>,
  subscribe: (event, listener) => {
    if (!isEventChannel(event)) return () => undefined
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) =>
      listener(payload as Parameters<typeof listener>[0])
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  },
}

contextBridge.exposeInMainWorld('trailkeep', exposeApi(ipcTransport))
