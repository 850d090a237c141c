import { pathToFileURL } from 'node:url'

/** Recognises the app's own page: the dev server origin, or the built renderer file. */
export function createAppUrlCheck(rendererUrl: string | undefined, rendererFile: string) {
  const devOrigin = rendererUrl ? new URL(rendererUrl).origin : null
  const filePath = pathToFileURL(rendererFile).pathname
  return (raw: string): boolean => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return false
    }
    if (devOrigin) return url.origin === devOrigin
    return url.protocol === 'file:' && url.pathname === filePath
  }
}
