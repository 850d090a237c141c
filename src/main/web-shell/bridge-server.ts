import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { BridgeHandlers } from '../../shared/bridge-contract'
import type { EventChannel, EventPayloads } from '../../shared/event-channels'
import { dispatchInvoke } from '../core'
import { parseRequestTarget } from './request-target'
import { serveStatic } from './static-files'

/**
 * The largest legitimate call is a picture the page drew for saving (lab:saveImage, a PNG in
 * base64 of at most 6 MB); anything larger ends the connection.
 */
const MAX_MESSAGE_BYTES = 7 * 1024 * 1024

export interface WebShellServer {
  /** Open this in a browser; the fragment carries the per-run key. */
  url: string
  origin: string
  key: string
  broadcast<E extends EventChannel>(event: E, payload: EventPayloads[E]): void
  openExternal(url: string): Promise<void>
  close(): Promise<void>
}

export interface WebShellOptions {
  handlers: BridgeHandlers
  rendererDir: string
  bridgeClientJs: string
  port?: number
}

/**
 * Serves the built renderer and a WebSocket bridge to the core on 127.0.0.1. The bridge takes
 * only connections that carry the per-run key and come from the shell's own origin.
 */
export async function startWebShellServer(options: WebShellOptions): Promise<WebShellServer> {
  const key = randomBytes(24).toString('base64url')
  const sockets = new Set<WebSocket>()
  let origin = ''

  const server: Server = createServer((request, response) => {
    if (!isOwnHost(request, origin)) {
      response.writeHead(421).end()
      return
    }
    // A failure while serving must answer this request only, never end the process.
    serveStatic(request, response, options.rendererDir, options.bridgeClientJs).catch(() => {
      if (response.headersSent) response.destroy()
      else response.writeHead(500).end()
    })
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })

  server.on('upgrade', (request, socket, head) => {
    // Node leaves an upgraded socket without an error listener: a client resetting it while it
    // is refused or handed over would otherwise be an uncaught exception.
    socket.on('error', () => socket.destroy())
    const refusal = refuseUpgrade(request, origin, key)
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws)
      ws.on('close', () => sockets.delete(ws))
      // An oversized or broken frame ends that connection only; unhandled, it would crash the shell.
      ws.on('error', () => ws.terminate())
      ws.on('message', (data) => void answer(ws, data.toString()).catch(() => ws.terminate()))
    })
  })

  async function answer(ws: WebSocket, text: string) {
    let message: { id?: unknown; channel?: unknown; payload?: unknown }
    try {
      message = JSON.parse(text) as typeof message
    } catch {
      return
    }
    if (typeof message !== 'object' || message === null || typeof message.id !== 'number') return
    const result = await dispatchInvoke(options.handlers, message.channel, message.payload)
    if (ws.readyState === ws.OPEN)
      ws.send(JSON.stringify({ kind: 'result', id: message.id, result }))
  }

  const send = (message: unknown) => {
    const text = JSON.stringify(message)
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text)
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/#key=${key}`,
    origin,
    key,
    broadcast: (event, payload) => send({ kind: 'event', event, payload }),
    openExternal: async (url) => send({ kind: 'open-external', url }),
    close: async () => {
      for (const ws of sockets) ws.terminate()
      wss.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

function isOwnHost(request: IncomingMessage, origin: string): boolean {
  return `http://${request.headers.host ?? ''}` === origin
}

/** Why an upgrade request is refused (an HTTP status line), or null when it may become the bridge. */
function refuseUpgrade(request: IncomingMessage, origin: string, key: string): string | null {
  const url = parseRequestTarget(request.url)
  if (!url) return '400 Bad Request'
  if (!isOwnHost(request, origin) || request.headers.origin !== origin) return '403 Forbidden'
  if (url.pathname !== '/bridge') return '403 Forbidden'
  const digest = (s: string) => createHash('sha256').update(s).digest()
  const authorized = timingSafeEqual(digest(url.searchParams.get('key') ?? ''), digest(key))
  return authorized ? null : '403 Forbidden'
}
