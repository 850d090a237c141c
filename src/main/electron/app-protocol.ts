/**
 * The renderer is served from app://trailkeep/ by a protocol handler instead of file://, so the
 * page has an origin of its own (not every file on the disk), gets its Content-Security-Policy as
 * a real header (frame-ancestors included), and the grantFileProtocolExtraPrivileges fuse can be
 * turned off.
 */
import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { rendererFileHeaders, resolveRendererFile } from '../core'

export const APP_SCHEME = 'app'
export const APP_HOST = 'trailkeep'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Before the app is ready: app:// behaves like https (standard URL parsing, a secure context,
 * fetch allowed), and gets no CSP bypass, no service workers, no CORS from other origins.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ])
}

type AppRequest = Pick<Request, 'url' | 'method'>

/** Answers app:// requests with the files under `rendererDir` and nothing else. */
export function createAppRequestHandler(rendererDir: string) {
  return async (request: AppRequest): Promise<Response> => {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return new Response(null, { status: 400 })
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
      return new Response(null, { status: 404 })
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405 })
    }
    const file = resolveRendererFile(rendererDir, url.pathname)
    if (!file) return new Response(null, { status: 404 })
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return new Response(null, { status: 404 })
    }
    const headers = rendererFileHeaders(file)
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers })
  }
}

/** After the app is ready: serves app:// from the built renderer. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir))
}
