/** Where a request carried a token: Strava from 2027-06-01 accepts the Authorization header only. */

/** The `access_token` query parameter, as Strava accepted it before 2027. */
export function tokenInUrl(url: URL): string | null {
  return url.searchParams.get('access_token')
}

/** `access_token` in a request's query or form/JSON body (readParams merges both). */
export function tokenInParams(params: URLSearchParams): string | null {
  return params.get('access_token')
}

/** `client_id:client_secret` from an HTTP Basic Authorization header. */
export function basicCredentials(
  header: string | undefined,
): { id: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '')
  if (!match?.[1]) return null
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}
