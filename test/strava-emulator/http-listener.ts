/** A node:http server on 127.0.0.1 that can stop and listen again on the same port. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { SERVER_ERROR } from './errors'
import { sendJson } from './http-util'

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

export interface HttpListener {
  readonly port: number
  /** Stops listening and drops open connections: clients then get "connection refused". */
  stop(): Promise<void>
  /** Listens again on the same port. */
  start(): Promise<void>
}

export async function createHttpListener(
  route: Route,
  options: { port?: number; latencyMs?: number } = {},
): Promise<HttpListener> {
  const latencyMs = options.latencyMs ?? 0
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let listening = false

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const server = createServer((req, res) => {
    void (async () => {
      if (latencyMs > 0) await wait(latencyMs)
      if (!listening) return
      try {
        await route(req, res)
      } catch {
        if (!res.headersSent) sendJson(res, 500, SERVER_ERROR)
      }
    })()
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        listening = true
        resolve()
      })
    })

  await listen(options.port ?? 0)
  const { port } = server.address() as AddressInfo
  return {
    port,
    async stop() {
      if (!listening) return
      listening = false
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      await closed
    },
    start: () => (listening ? Promise.resolve() : listen(port)),
  }
}
