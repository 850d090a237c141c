import { AppError } from '../errors'

/**
 * Where Strava lives. Strava's 2027 change moves the API to its own host while OAuth stays on
 * www.strava.com, so the two are separate settings; this is the only module that knows the
 * hosts, and every Strava URL is built from what it returns.
 */
export const STRAVA_OAUTH_ORIGIN = 'https://www.strava.com'
export const LEGACY_API_PATH = '/api/v3'
/** Strava names the new host both with and without `www.`; which one resolves is not known yet. */
export const NEW_API_BASES: readonly string[] = [
  'https://www.api-v3.strava.com',
  'https://api-v3.strava.com',
]
/** Strava: the new host is available from 2027-01-04; the legacy base may be retired later. */
export const NEW_API_HOST_FROM = Date.UTC(2027, 0, 4)

/**
 * `fixed`: one API base, as configured (tests, the demo, a user pointing at another host).
 * `auto`: Strava's own hosts, chosen at run time among the candidates (see api-base.ts).
 */
export type ApiBaseConfig =
  | { kind: 'fixed'; base: string }
  | { kind: 'auto'; legacy: string; next: readonly string[]; nextFrom: number }

export interface StravaEndpoints {
  oauthOrigin: string
  api: ApiBaseConfig
}

/** The legacy API base on an OAuth origin: `{origin}/api/v3`. */
export function legacyApiBase(oauthOrigin: string): string {
  return `${oauthOrigin}${LEGACY_API_PATH}`
}

/** Strava's own hosts: new host first from its start date, legacy as the fallback. */
export function stravaHostedEndpoints(): StravaEndpoints {
  return {
    oauthOrigin: STRAVA_OAUTH_ORIGIN,
    api: {
      kind: 'auto',
      legacy: legacyApiBase(STRAVA_OAUTH_ORIGIN),
      next: NEW_API_BASES,
      nextFrom: NEW_API_HOST_FROM,
    },
  }
}

/**
 * STRAVA_API_BASE_URL, when set, is the API base as given; otherwise STRAVA_BASE_URL (the OAuth
 * origin) carries the legacy `/api/v3` path; with neither, Strava's own hosts.
 */
export function resolveStravaEndpoints(env: NodeJS.ProcessEnv): StravaEndpoints {
  const oauthValue = env.STRAVA_BASE_URL?.trim()
  const apiValue = env.STRAVA_API_BASE_URL?.trim()
  if (!oauthValue && !apiValue) return stravaHostedEndpoints()
  const oauthOrigin = oauthValue
    ? checkedUrl('STRAVA_BASE_URL', oauthValue).origin
    : STRAVA_OAUTH_ORIGIN
  if (apiValue) {
    return { oauthOrigin, api: { kind: 'fixed', base: apiBaseOf(apiValue) } }
  }
  return { oauthOrigin, api: { kind: 'fixed', base: legacyApiBase(oauthOrigin) } }
}

/** An API request's URL: the base's own path, then the endpoint path, then the query. */
export function apiUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined> = {},
): URL {
  const url = new URL(`${base}${path}`)
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return url
}

/** An OAuth endpoint on the OAuth origin. */
export function oauthUrl(origin: string, path: `/oauth/${string}`): URL {
  return new URL(path, origin)
}

function apiBaseOf(value: string): string {
  const url = checkedUrl('STRAVA_API_BASE_URL', value)
  if (url.search || url.hash) {
    throw new AppError('INVALID_INPUT', 'STRAVA_API_BASE_URL must not carry a query or fragment.')
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function checkedUrl(name: string, raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new AppError('INVALID_INPUT', `${name} is not a valid URL.`)
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppError('INVALID_INPUT', `${name} must use https (http only for 127.0.0.1).`)
  }
  if (url.username || url.password) {
    throw new AppError('INVALID_INPUT', `${name} must not contain a user name or password.`)
  }
  return url
}
