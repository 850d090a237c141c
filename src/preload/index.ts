import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { isEventChannel } from '../shared/event-channels'
import type { IpcResult } from '../shared/bridge-contract'
import { exposeApi, type BridgeTransport, type WindowApi } from '../shared/expose-api'

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

const api: WindowApi = {
  ...exposeApi(ipcTransport),
  // The one thing the page cannot learn itself: where a dropped file is. Main checks every path
  // before reading it (data:importDropped).
  pathsOfDroppedFiles: (files) => Array.from(files, (file) => webUtils.getPathForFile(file)),
}

contextBridge.exposeInMainWorld('trailkeep', api)
