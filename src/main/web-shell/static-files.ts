import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { decodePathname, parseRequestTarget } from './request-target'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}
export const BRIDGE_SCRIPT_PATH = '/__bridge.js'

/**
 * Serves the built renderer, with the bridge script injected ahead of the app's own script. A
 * malformed request target is answered 400; nothing a request carries can make this throw.
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  rootDir: string,
  bridgeClientJs: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return void response.writeHead(405).end()
  const target = parseRequestTarget(request.url)
  const pathname = target && decodePathname(target.pathname)
  if (!pathname) return void response.writeHead(400).end()
  if (pathname === BRIDGE_SCRIPT_PATH) return send(response, '.js', bridgeClientJs)
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const file = normalize(join(rootDir, relative))
  if (!file.startsWith(normalize(rootDir) + sep)) return void response.writeHead(404).end()
  try {
    const body = await readFile(file)
    if (extname(file) === '.html')
      return send(response, '.html', injectBridge(body.toString('utf8')))
    return send(response, extname(file), body)
  } catch {
    response.writeHead(404).end()
  }
}

function injectBridge(html: string): string {
  return html.replace(
    '<script type="module"',
    `<script src=".${BRIDGE_SCRIPT_PATH}"></script>\n    <script type="module"`,
  )
}

function send(response: ServerResponse, extension: string, body: string | Buffer) {
  response.writeHead(200, {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(body)
}
