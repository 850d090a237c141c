/**
 * Runs in the browser page of the web shell: installs `window.trailkeep` over a WebSocket,
 * built by the same `exposeApi` the Electron preload uses. Development and test harness only.
 */
import { isEventChannel, type EventChannel } from '../../../shared/event-channels'
import type { IpcResult } from '../../../shared/bridge-contract'
import { exposeApi, type WindowApi, type BridgeTransport } from '../../../shared/expose-api'
import { parseServerMessage } from './messages'

const KEY_STORAGE = 'trailkeep-bridge-key'

function takeBridgeKey(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key')
  if (fromHash) {
    sessionStorage.setItem(KEY_STORAGE, fromHash)
    history.replaceState(null, '', location.pathname + location.search)
    return fromHash
  }
  return sessionStorage.getItem(KEY_STORAGE) ?? ''
}

function createWebSocketTransport(key: string): BridgeTransport {
  const socket = new WebSocket(`ws://${location.host}/bridge?key=${encodeURIComponent(key)}`)
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true })
    socket.addEventListener(
      'error',
      () => reject(new Error('The web-shell bridge refused the connection.')),
      { once: true },
    )
  })
  opened.catch(() => undefined)
  const pending = new Map<number, (result: IpcResult<never>) => void>()
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>()
  let nextId = 1

  socket.addEventListener('message', (message) => {
    const parsed = parseServerMessage(String(message.data))
    if (!parsed) return
    if (parsed.kind === 'result') {
      pending.get(parsed.id)?.(parsed.result as IpcResult<never>)
      pending.delete(parsed.id)
    } else if (parsed.kind === 'open-external') {
      window.open(parsed.url, '_blank', 'noopener')
    } else if (isEventChannel(parsed.event)) {
      for (const listener of listeners.get(parsed.event) ?? []) listener(parsed.payload as never)
    }
  })
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) {
      resolve({
        ok: false,
        error: { code: 'BRIDGE_CLOSED', message: 'Lost the connection to Trailkeep.' },
      } as never)
    }
    pending.clear()
  })

  return {
    async invoke(channel, payload) {
      try {
        await opened
      } catch (error) {
        return {
          ok: false,
          error: { code: 'BRIDGE_CLOSED', message: (error as Error).message },
        } as never
      }
      if (socket.readyState !== WebSocket.OPEN) {
        return {
          ok: false,
          error: {
            code: 'BRIDGE_CLOSED',
            message: 'Lost the connection to Trailkeep. Reload the page.',
          },
        } as never
      }
      const id = nextId++
      return new Promise((resolve) => {
        pending.set(id, resolve as (result: IpcResult<never>) => void)
        socket.send(JSON.stringify({ id, channel, payload }))
      })
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: never) => void)
    },
  }
}

window.trailkeep = {
  ...exposeApi(createWebSocketTransport(takeBridgeKey())),
  // A browser gives a page no paths: the web shell finds dropped names in its inbox folder.
  pathsOfDroppedFiles: (files) => Array.from(files, (file) => file.name),
} satisfies WindowApi
