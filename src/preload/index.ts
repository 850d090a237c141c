import { contextBridge, ipcRenderer } from 'electron'
import { isEventChannel } from '../shared/event-channels'
import type { IpcResult } from '../shared/ipc-contract'
import { exposeApi, type BridgeTransport } from '../shared/trailkeep-api'

/** ipcRenderer stays here: the page only gets the typed API, never the IPC event object. */
const ipcTransport: BridgeTransport = {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<IpcResult<never>>,
  subscribe: (event, listener) => {
    if (!isEventChannel(event)) return () => undefined
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) =>
      listener(payload as Parameters<typeof listener>[0])
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  },
}

contextBridge.exposeInMainWorld('trailkeep', exposeApi(ipcTransport))
