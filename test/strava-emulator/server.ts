/** createStravaEmulator: a local HTTP server that behaves like Strava's OAuth and API v3. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createActivityStore } from './activity-store'
import { handleApi } from './api-routes'
import { createStats, type EmulatorContext } from './context'
import { generateDataset } from './dataset'
import { ROUTE_NOT_FOUND, SERVER_ERROR } from './errors'
import { applyFault, takeFault } from './faults'
import { sendJson } from './http-util'
import { authorizeInProcess, handleOAuth } from './oauth-routes'
import { createRateLimiter, DEFAULT_RATE_LIMITS } from './rate-limiter'
import { createTokenStore } from './token-store'
import type { EmulatorOptions, StravaEmulator } from './types'

export const DEFAULT_CLIENT_ID = '4242'
export const DEFAULT_CLIENT_SECRET = 'emulator-client-secret-0123456789abcdef'

async function route(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/api/v3' || url.pathname.startsWith('/api/v3/')) {
    return handleApi(ctx, req, res, url)
  }
  const fault = takeFault(ctx.faults, url.pathname)
  if (fault) return applyFault(fault, req, res, ctx.stats)
  const handled = await handleOAuth(ctx, req, res, url)
  if (!handled) sendJson(res, 404, ROUTE_NOT_FOUND)
}

export async function createStravaEmulator(opts: EmulatorOptions = {}): Promise<StravaEmulator> {
  const clock = opts.clock ?? { now: () => Date.now() }
  const seed = opts.seed ?? 1
  const dataset = generateDataset(seed, opts.activityCount ?? 60, clock.now())
  const ctx: EmulatorContext = {
    clientId: opts.clientId ?? DEFAULT_CLIENT_ID,
    clientSecret: opts.clientSecret ?? DEFAULT_CLIENT_SECRET,
    clock,
    tokens: createTokenStore({
      clock,
      accessTokenLifetimeSeconds: opts.accessTokenLifetimeSeconds ?? 21_600,
      rotation: opts.rotation ?? 'always',
    }),
    limiter: createRateLimiter({ ...DEFAULT_RATE_LIMITS, ...opts.rateLimits }, clock),
    stats: createStats(),
    store: createActivityStore(dataset, clock, seed),
    faults: [],
    pending: new Map(),
    athleteName: opts.athleteName,
  }
  const latencyMs = opts.latencyMs ?? 0
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let closed = false

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
      if (closed) return
      try {
        await route(ctx, req, res)
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    faults: ctx.faults,
    stats: ctx.stats,
    activities: ctx.store.list,
    async close() {
      if (closed) return
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      const done = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      await done
    },
    authorize: (authorizeUrl, authorizeOpts) =>
      authorizeInProcess(ctx, authorizeUrl, authorizeOpts),
    editActivity: (id, patch) => ctx.store.edit(id, patch),
    deleteActivity: (id) => ctx.store.remove(id),
    addActivity: (partial) => ctx.store.add(partial),
    revokeAll: () => ctx.tokens.revokeAll(),
    expireAccessTokens: () => ctx.tokens.expireAccessTokens(),
    issuedSecrets: () => ctx.tokens.issuedSecrets(),
    setRateLimitUsage: (usage) => ctx.limiter.setUsage(usage),
  }
}
