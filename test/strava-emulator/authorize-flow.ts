/** The authorize step shared by the HTML page and the in-process authorize() helper. */

export const KNOWN_SCOPES = [
  'read',
  'read_all',
  'profile:read_all',
  'profile:write',
  'activity:read',
  'activity:read_all',
  'activity:write',
] as const

export interface AuthorizeRequest {
  clientId: string
  redirectUri: string
  scopes: string[]
  state: string
}

export type ParsedAuthorize =
  { kind: 'ok'; request: AuthorizeRequest } | { kind: 'error'; message: string }

export function splitScopes(scope: string): string[] {
  return scope
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Validates like Strava: known client, loopback http redirect, response_type=code, scopes. */
export function parseAuthorizeRequest(params: URLSearchParams, clientId: string): ParsedAuthorize {
  if (params.get('client_id') !== clientId) return { kind: 'error', message: 'invalid client_id' }
  const redirectUri = params.get('redirect_uri') ?? ''
  let parsed: URL
  try {
    parsed = new URL(redirectUri)
  } catch {
    return { kind: 'error', message: 'invalid redirect_uri' }
  }
  const loopback = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost'
  if (parsed.protocol !== 'http:' || !loopback)
    return { kind: 'error', message: 'invalid redirect_uri' }
  if (params.get('response_type') !== 'code')
    return { kind: 'error', message: 'invalid response_type' }
  const prompt = params.get('approval_prompt')
  if (prompt !== null && prompt !== 'auto' && prompt !== 'force') {
    return { kind: 'error', message: 'invalid approval_prompt' }
  }
  const scopes = splitScopes(params.get('scope') ?? 'read')
  if (scopes.some((s) => !(KNOWN_SCOPES as readonly string[]).includes(s))) {
    return { kind: 'error', message: 'invalid scope' }
  }
  const request = { clientId, redirectUri, scopes, state: params.get('state') ?? '' }
  return { kind: 'ok', request }
}

/**
 * What the athlete left ticked, limited to what was asked, always with read. Asking for
 * activity:read_all lets the athlete untick private activities and keep activity:read.
 */
export function grantScopes(requested: string[], ticked: string[]): string[] {
  const offered =
    requested.includes('activity:read_all') && !requested.includes('activity:read')
      ? [...requested, 'activity:read']
      : requested
  const granted = offered.filter((s) => ticked.includes(s))
  return granted.includes('read') ? granted : ['read', ...granted]
}

function withQuery(redirectUri: string, pairs: [string, string][]): string {
  const query = pairs
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replaceAll('%2C', ',').replaceAll('%3A', ':')}`)
    .join('&')
  const hashIndex = redirectUri.indexOf('#')
  const base = hashIndex >= 0 ? redirectUri.slice(0, hashIndex) : redirectUri
  return `${base}${base.includes('?') ? '&' : '?'}${query}`
}

export function approvedRedirect(
  request: AuthorizeRequest,
  code: string,
  granted: string[],
): string {
  return withQuery(request.redirectUri, [
    ['state', request.state],
    ['code', code],
    ['scope', granted.join(',')],
  ])
}

export function deniedRedirect(request: AuthorizeRequest): string {
  return withQuery(request.redirectUri, [
    ['state', request.state],
    ['error', 'access_denied'],
  ])
}
