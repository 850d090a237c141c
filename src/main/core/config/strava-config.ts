import { AppError } from '../errors'

export const DEFAULT_STRAVA_BASE_URL = 'https://www.strava.com'

/** The one place the Strava host is decided; it may move, so it is configuration. */
export function resolveStravaBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.STRAVA_BASE_URL?.trim() || DEFAULT_STRAVA_BASE_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new AppError('INVALID_INPUT', 'STRAVA_BASE_URL is not a valid URL.')
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppError('INVALID_INPUT', 'STRAVA_BASE_URL must use https (http only for 127.0.0.1).')
  }
  return url.origin
}
