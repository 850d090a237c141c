const ALLOWED_HOSTS = new Set(['www.strava.com', 'strava.com'])

/** Links the app may hand to the system browser: parsed, https, Strava's own hosts only. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    ALLOWED_HOSTS.has(url.hostname) &&
    url.username === '' &&
    url.password === ''
  )
}
