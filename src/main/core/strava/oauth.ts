import { oauthUrl } from '../config/strava-endpoints'
import { AppError } from '../errors'
import { hasStravaError, probeServer, sendRequest, type FetchFn } from './http'
import {
  codeExchangeResponseSchema,
  refreshResponseSchema,
  type CodeExchangeResponse,
  type RefreshResponse,
} from './schemas'

export const REQUESTED_SCOPE = 'read,activity:read_all'

export interface ClientCredentials {
  clientId: string
  clientSecret: string
}

export interface OAuthEndpoints {
  /** Where /oauth/* lives (www.strava.com), separate from the API base since Strava's 2027 move. */
  origin: string
  fetch: FetchFn
}

/** How long Strava's OAuth origin may take to answer before connecting stops. */
export const OAUTH_PROBE_TIMEOUT_MS = 5_000

/**
 * Checks that Strava's authorize page can be reached before sending the user there, so an
 * offline connect says so within seconds instead of waiting for a browser page that cannot load.
 */
export function checkOAuthReachable(endpoints: OAuthEndpoints, signal?: AbortSignal) {
  return probeServer(endpoints.fetch, oauthUrl(endpoints.origin, '/oauth/authorize').toString(), {
    timeoutMs: OAUTH_PROBE_TIMEOUT_MS,
    signal,
  })
}

export function buildAuthorizeUrl(
  origin: string,
  params: { clientId: string; redirectUri: string; state: string; force?: boolean },
): string {
  const url = oauthUrl(origin, '/oauth/authorize')
  url.searchParams.set('client_id', params.clientId)
  url.searchParams.set('redirect_uri', params.redirectUri)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('approval_prompt', params.force ? 'force' : 'auto')
  url.searchParams.set('scope', REQUESTED_SCOPE)
  url.searchParams.set('state', params.state)
  return url.toString()
}

async function postTokenForm(endpoints: OAuthEndpoints, form: Record<string, string>) {
  return sendRequest(endpoints.fetch, oauthUrl(endpoints.origin, '/oauth/token').toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(form).toString(),
  })
}

/** Exchanges a one-time authorization code for tokens and the athlete. */
export async function exchangeAuthorizationCode(
  endpoints: OAuthEndpoints,
  credentials: ClientCredentials,
  code: string,
): Promise<CodeExchangeResponse> {
  const response = await postTokenForm(endpoints, {
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    code,
    grant_type: 'authorization_code',
  })
  throwOnTokenError(response.status, response.body)
  const parsed = codeExchangeResponseSchema.safeParse(response.body)
  if (!parsed.success) {
    throw new AppError(
      'STRAVA_RESPONSE',
      'Strava sent an unexpected answer while connecting. Try again.',
    )
  }
  return parsed.data
}

export type RefreshOutcome =
  { kind: 'refreshed'; tokens: RefreshResponse } | { kind: 'invalid-grant' }

/** Spends a refresh token. `invalid-grant` means the refresh token is dead (revoked or rotated). */
export async function refreshAccessToken(
  endpoints: OAuthEndpoints,
  credentials: ClientCredentials,
  refreshToken: string,
): Promise<RefreshOutcome> {
  const response = await postTokenForm(endpoints, {
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    refresh_token: refreshToken,
    grant_type: 'refresh_token',
  })
  if (response.status === 400 && hasStravaError(response.body, { resource: 'RefreshToken' })) {
    return { kind: 'invalid-grant' }
  }
  throwOnTokenError(response.status, response.body)
  const parsed = refreshResponseSchema.safeParse(response.body)
  if (!parsed.success) {
    throw new AppError('STRAVA_RESPONSE', 'Strava sent an unexpected answer while renewing access.')
  }
  return { kind: 'refreshed', tokens: parsed.data }
}

export type RevokeOutcome = 'revoked' | 'already-gone' | 'not-available'

/**
 * Ends the authorization at Strava (`POST /oauth/revoke`): HTTP Basic client credentials and the
 * refresh token in the form body, which is what this endpoint exists to carry. Revoking it
 * revokes the access token too. `not-available` (404): the caller falls back to deauthorize.
 */
export async function revokeToken(
  endpoints: OAuthEndpoints,
  credentials: ClientCredentials,
  refreshToken: string,
): Promise<RevokeOutcome> {
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString(
    'base64',
  )
  const response = await sendRequest(
    endpoints.fetch,
    oauthUrl(endpoints.origin, '/oauth/revoke').toString(),
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${basic}`,
        accept: 'application/json',
      },
      body: new URLSearchParams({
        token: refreshToken,
        token_type_hint: 'refresh_token',
      }).toString(),
    },
  )
  if (response.status === 404) return 'not-available'
  // RFC 7009: revoking an unknown or already revoked token is not an error.
  if (response.status === 400 && hasStravaError(response.body, { code: 'invalid' })) {
    return 'already-gone'
  }
  if (response.status >= 400) {
    throw new AppError('STRAVA_HTTP', `Strava refused to revoke access (HTTP ${response.status}).`)
  }
  return 'revoked'
}

/**
 * The older way to end the authorization, retired by Strava on 2027-06-01: only used when
 * /oauth/revoke does not exist. The access token goes in the Authorization header only.
 * Returns false when Strava says it is already gone.
 */
export async function deauthorize(
  endpoints: OAuthEndpoints,
  accessToken: string,
): Promise<boolean> {
  const response = await sendRequest(
    endpoints.fetch,
    oauthUrl(endpoints.origin, '/oauth/deauthorize').toString(),
    { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } },
  )
  if (response.status === 401) return false
  if (response.status >= 400) {
    throw new AppError('STRAVA_HTTP', `Strava refused to revoke access (HTTP ${response.status}).`)
  }
  return true
}

function throwOnTokenError(status: number, body: unknown): void {
  if (status < 400) return
  if (hasStravaError(body, { resource: 'Application', code: 'Inactive' })) {
    throw new AppError(
      'APP_INACTIVE',
      'Strava says your API application is inactive. Check its status at strava.com/settings/api.',
    )
  }
  if (status === 401 || hasStravaError(body, { resource: 'Application' })) {
    throw new AppError(
      'INVALID_CREDENTIALS',
      'Strava did not accept the Client ID or Client Secret. Check them at strava.com/settings/api.',
    )
  }
  if (hasStravaError(body, { resource: 'AuthorizationCode' })) {
    throw new AppError('ACCESS_DENIED', 'Strava rejected the authorization. Please connect again.')
  }
  if (status >= 500) {
    throw new AppError('STRAVA_HTTP', `Strava is having trouble (HTTP ${status}). Try again later.`)
  }
  throw new AppError('STRAVA_HTTP', `Strava refused the request (HTTP ${status}).`)
}
