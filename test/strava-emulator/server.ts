/**
 * createStravaEmulator: local HTTP servers that behave like Strava: OAuth (and the legacy API
 * under /api/v3) on one origin, and the API on its own origin, as Strava serves it from 2027.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createActivityStore } from './activity-store'
import { handleApi } from './api-routes'
import { createStats, type EmulatorContext } from './context'
import { generateDataset } from './dataset'
import { ROUTE_NOT_FOUND } from './errors'
import { applyFault, takeFault } from './faults'
import { createHttpListener } from './http-listener'
import { sendJson } from './http-util'
import { authorizeInProcess, handleOAuth } from './oauth-routes'
import { createRateLimiter, DEFAULT_RATE_LIMITS } from './rate-limiter'
import { createTokenStore } from './token-store'
import type { EmulatorOptions, StravaEmulator } from './types'

export const DEFAULT_CLIENT_ID = '4242'
export const DEFAULT_CLIENT_SECRET = 'emulator-client-secret-0123456789abcdef'
const LEGACY_PREFIX = '/api/v3'

async function routeOAuthOrigin(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === LEGACY_PREFIX || url.pathname.startsWith(`${LEGACY_PREFIX}/`)) {
    const legacy = ctx.modes.legacyApi
    if (legacy !== 'serving')
      return sendJson(res, legacy === 'retired-410' ? 410 : 404, ROUTE_NOT_FOUND)
    ctx.stats.legacyApiRequests++
    return handleApi(ctx, req, res, url, url.pathname.slice(LEGACY_PREFIX.length) || '/')
  }
  const fault = takeFault(ctx.faults, url.pathname)
  if (fault) return applyFault(fault, req, res, ctx.stats)
  const handled = await handleOAuth(ctx, req, res, url)
  if (!handled) sendJson(res, 404, ROUTE_NOT_FOUND)
}

function routeApiOrigin(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  ctx.stats.apiHostRequests++
  handleApi(ctx, req, res, url, url.pathname)
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
    modes: {
      legacyApi: opts.legacyApi ?? 'serving',
      strictTokens: opts.strictTokens ?? false,
      revokeAvailable: opts.revokeAvailable ?? true,
      deauthorizeRetired: opts.deauthorizeRetired ?? false,
    },
    athleteName: opts.athleteName,
  }
  const latencyMs = opts.latencyMs ?? 0
  const oauthServer = await createHttpListener((req, res) => routeOAuthOrigin(ctx, req, res), {
    port: opts.port,
    latencyMs,
  })
  const apiServer = await createHttpListener((req, res) => routeApiOrigin(ctx, req, res), {
    port: opts.apiPort,
    latencyMs,
  })
  const url = `http://127.0.0.1:${oauthServer.port}`

  return {
    url,
    apiUrl: `http://127.0.0.1:${apiServer.port}`,
    legacyApiUrl: `${url}${LEGACY_PREFIX}`,
    clientId: ctx.clientId,
    clientSecret: ctx.clientSecret,
    faults: ctx.faults,
    stats: ctx.stats,
    activities: ctx.store.list,
    async close() {
      await Promise.all([oauthServer.stop(), apiServer.stop()])
    },
    setLegacyApi: (state) => void (ctx.modes.legacyApi = state),
    setApiHost: (state) => (state === 'up' ? apiServer.start() : apiServer.stop()),
    setStrictTokens: (strict) => void (ctx.modes.strictTokens = strict),
    setRevokeAvailable: (available) => void (ctx.modes.revokeAvailable = available),
    setDeauthorizeRetired: (retired) => void (ctx.modes.deauthorizeRetired = retired),
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
