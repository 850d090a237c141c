/**
 * The API, on its own origin or under /api/v3 (paths here are relative to the API base):
 * counting, rate limits, faults, bearer auth, then the resource handlers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { handleActivitiesList, handleActivity, handleStreams } from './activity-routes'
import { athleteDetail } from './athlete'
import type { EmulatorContext } from './context'
import * as errors from './errors'
import { applyFault, takeFault } from './faults'
import { bearerToken, sendJson } from './http-util'
import { tokenInUrl } from './token-placement'
import type { AccessGrant } from './token-store'

export type ApiReply = { status: number; body: unknown }

type RouteHandler = (ctx: EmulatorContext, grant: AccessGrant, url: URL, id: number) => ApiReply

interface ApiRoute {
  name: string
  pattern: RegExp
  handler: RouteHandler
}

const ROUTES: ApiRoute[] = [
  {
    name: 'athlete',
    pattern: /^\/athlete\/?$/,
    handler: (ctx) => ok(athleteDetail(ctx.athleteName)),
  },
  {
    name: 'activities-list',
    pattern: /^\/athlete\/activities\/?$/,
    handler: handleActivitiesList,
  },
  {
    name: 'activity-detail',
    pattern: /^\/activities\/(\d+)\/?$/,
    handler: handleActivity,
  },
  {
    name: 'activity-streams',
    pattern: /^\/activities\/(\d+)\/streams\/?$/,
    handler: handleStreams,
  },
]

export function ok(body: unknown): ApiReply {
  return { status: 200, body }
}

function matchRoute(method: string, pathname: string) {
  if (method !== 'GET') return null
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname)
    if (match) return { route, id: Number(match[1] ?? 0) }
  }
  return null
}

/** `path` is relative to the API base; `url` keeps the query. */
export function handleApi(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
): void {
  const method = req.method ?? 'GET'
  const matched = matchRoute(method, path)
  ctx.stats.apiRequests++
  if (matched) {
    const byRoute = ctx.stats.apiRequestsByRoute
    byRoute[matched.route.name] = (byRoute[matched.route.name] ?? 0) + 1
  }
  const verdict = ctx.limiter.record(method === 'GET' || method === 'HEAD')
  const headers = ctx.limiter.headers()
  const fault = takeFault(ctx.faults, path)
  if (fault) return applyFault(fault, req, res, ctx.stats, headers)
  if (verdict.kind === 'limited') {
    ctx.stats.rateLimited++
    return sendJson(res, 429, errors.rateLimitExceeded(verdict.field), headers)
  }
  const queryToken = tokenInUrl(url)
  if (queryToken !== null) ctx.stats.tokensOutsideHeader++
  const presented = ctx.modes.strictTokens ? bearerToken(req) : (bearerToken(req) ?? queryToken)
  const grant = ctx.tokens.liveAccess(presented ?? '')
  if (!grant) {
    ctx.stats.unauthorized++
    return sendJson(res, 401, errors.INVALID_ACCESS, headers)
  }
  if (!matched) return sendJson(res, 404, errors.ROUTE_NOT_FOUND, headers)
  const reply = matched.route.handler(ctx, grant, url, matched.id)
  if (reply.status === 401) ctx.stats.unauthorized++
  sendJson(res, reply.status, reply.body, headers)
}
