/** /oauth/authorize, /oauth/authorize/decision, /oauth/token, /oauth/revoke and /oauth/deauthorize. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { athleteSummary } from './athlete'
import {
  approvedRedirect,
  deniedRedirect,
  grantScopes,
  parseAuthorizeRequest,
  splitScopes,
  type AuthorizeRequest,
} from './authorize-flow'
import { renderAuthorizePage, renderErrorPage } from './authorize-page'
import type { EmulatorContext } from './context'
import * as errors from './errors'
import { bearerToken, readParams, redirect, sendHtml, sendJson } from './http-util'
import { basicCredentials, tokenInParams } from './token-placement'
import { randomToken, type AccessGrant } from './token-store'
import type { AuthorizeOptions } from './types'

function tokenBody(ctx: EmulatorContext, access: AccessGrant, refreshToken: string) {
  return {
    token_type: 'Bearer',
    access_token: access.token,
    expires_at: access.expiresAt,
    expires_in: Math.max(0, access.expiresAt - ctx.tokens.nowSeconds()),
    refresh_token: refreshToken,
  }
}

function unauthorized(ctx: EmulatorContext, res: ServerResponse, body: unknown): void {
  ctx.stats.unauthorized++
  sendJson(res, 401, body)
}

function handleToken(ctx: EmulatorContext, params: URLSearchParams, res: ServerResponse): void {
  const clientOk =
    params.get('client_id') === ctx.clientId && params.get('client_secret') === ctx.clientSecret
  if (!clientOk) return unauthorized(ctx, res, errors.INVALID_CLIENT)
  const grantType = params.get('grant_type')
  if (grantType === 'authorization_code') {
    ctx.stats.tokenExchanges++
    const session = ctx.tokens.exchangeCode(ctx.clientId, params.get('code') ?? '')
    if (!session) return sendJson(res, 400, errors.INVALID_CODE)
    const body = tokenBody(ctx, session.access, session.refreshToken)
    return sendJson(res, 200, { ...body, athlete: athleteSummary(ctx.athleteName) })
  }
  if (grantType === 'refresh_token') {
    ctx.stats.tokenRefreshes++
    const result = ctx.tokens.refresh(params.get('refresh_token') ?? '')
    if (result.kind === 'ok')
      return sendJson(res, 200, tokenBody(ctx, result.access, result.refreshToken))
    if (result.kind === 'rotated') ctx.stats.refreshTokenReuse++
    ctx.stats.invalidRefresh++
    return sendJson(res, 400, errors.INVALID_REFRESH)
  }
  sendJson(res, 400, errors.INVALID_GRANT_TYPE)
}

/** Retired by Strava on 2027-06-01; before that it took the token in the header or the body. */
function handleDeauthorize(
  ctx: EmulatorContext,
  req: IncomingMessage,
  params: URLSearchParams,
  res: ServerResponse,
): void {
  if (ctx.modes.deauthorizeRetired) return sendJson(res, 404, errors.ROUTE_NOT_FOUND)
  const outside = tokenInParams(params)
  if (outside !== null) ctx.stats.tokensOutsideHeader++
  const token = (ctx.modes.strictTokens ? bearerToken(req) : (bearerToken(req) ?? outside)) ?? ''
  if (!ctx.tokens.liveAccess(token)) return unauthorized(ctx, res, errors.INVALID_ACCESS)
  ctx.tokens.revokeAll()
  ctx.stats.deauthorizations++
  sendJson(res, 200, { access_token: token })
}

/**
 * RFC 7009 as Strava documents it: HTTP Basic client credentials, `token` (access or refresh) in
 * the form body; revoking either token revokes the whole authorization. An unknown token is not
 * an error.
 */
function handleRevoke(
  ctx: EmulatorContext,
  req: IncomingMessage,
  params: URLSearchParams,
  res: ServerResponse,
): void {
  if (!ctx.modes.revokeAvailable) return sendJson(res, 404, errors.ROUTE_NOT_FOUND)
  const client = basicCredentials(req.headers.authorization)
  if (client?.id !== ctx.clientId || client.secret !== ctx.clientSecret) {
    return unauthorized(ctx, res, errors.INVALID_CLIENT)
  }
  if (tokenInParams(params) !== null) ctx.stats.tokensOutsideHeader++
  const token = params.get('token')
  if (!token) return sendJson(res, 400, errors.invalidParameter('token'))
  if (ctx.tokens.isLive(token)) {
    ctx.tokens.revokeAll()
    ctx.stats.revocations++
  }
  sendJson(res, 200, {})
}

function handleDecision(ctx: EmulatorContext, params: URLSearchParams, res: ServerResponse): void {
  const id = params.get('request_id') ?? ''
  const request = ctx.pending.get(id)
  if (!request) return sendHtml(res, 400, renderErrorPage('unknown or used authorization request'))
  ctx.pending.delete(id)
  if (params.get('decision') !== 'authorize') return redirect(res, deniedRedirect(request))
  const granted = grantScopes(request.scopes, params.getAll('scope'))
  redirect(res, approvedRedirect(request, ctx.tokens.issueCode(ctx.clientId, granted), granted))
}

/** Answers /oauth/* requests; false when the path is not an OAuth route. */
export async function handleOAuth(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const route = `${req.method ?? 'GET'} ${url.pathname}`
  if (route === 'GET /oauth/authorize') {
    const parsed = parseAuthorizeRequest(url.searchParams, ctx.clientId)
    if (parsed.kind === 'error') {
      sendHtml(res, 400, renderErrorPage(parsed.message))
      return true
    }
    const requestId = randomToken()
    ctx.pending.set(requestId, parsed.request)
    sendHtml(res, 200, renderAuthorizePage(requestId, parsed.request.scopes))
    return true
  }
  const handlers: Record<string, (params: URLSearchParams) => void> = {
    'POST /oauth/authorize/decision': (params) => handleDecision(ctx, params, res),
    'POST /oauth/token': (params) => handleToken(ctx, params, res),
    'POST /oauth/deauthorize': (params) => handleDeauthorize(ctx, req, params, res),
    'POST /oauth/revoke': (params) => handleRevoke(ctx, req, params, res),
  }
  const handler = handlers[route]
  if (!handler) return false
  let params: URLSearchParams
  try {
    params = await readParams(req, url)
  } catch {
    sendJson(res, 400, errors.invalidParameter('body'))
    return true
  }
  handler(params)
  return true
}

/** In-process stand-in for the athlete's browser on the authorize page. */
export function authorizeInProcess(
  ctx: EmulatorContext,
  authorizeUrl: string,
  opts: AuthorizeOptions = {},
): string {
  const parsed = parseAuthorizeRequest(new URL(authorizeUrl).searchParams, ctx.clientId)
  if (parsed.kind === 'error') throw new Error(`authorize: ${parsed.message}`)
  const request: AuthorizeRequest = parsed.request
  if (opts.deny) return deniedRedirect(request)
  const ticked = opts.grantedScope === undefined ? request.scopes : splitScopes(opts.grantedScope)
  const granted = grantScopes(request.scopes, ticked)
  return approvedRedirect(request, ctx.tokens.issueCode(ctx.clientId, granted), granted)
}
