import { APP_ENTRY_URL } from './app-protocol'

/** Recognises the app's own page: the dev server origin, or app://trailkeep/index.html. */
export function createAppUrlCheck(rendererUrl: string | undefined) {
  const devOrigin = rendererUrl ? new URL(rendererUrl).origin : null
  const entry = new URL(APP_ENTRY_URL)
  return (raw: string): boolean => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return false
    }
    if (devOrigin) return url.origin === devOrigin
    return (
      url.protocol === entry.protocol && url.host === entry.host && url.pathname === entry.pathname
    )
  }
}
