import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
import { rendererFileHeaders, resolveRendererFile } from '../core'
import { parseRequestTarget } from './request-target'

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
  if (!target) return void response.writeHead(400).end()
  if (target.pathname === BRIDGE_SCRIPT_PATH) return send(response, 'bridge.js', bridgeClientJs)
  const file = resolveRendererFile(rootDir, target.pathname)
  if (!file) return void response.writeHead(isMalformed(target.pathname) ? 400 : 404).end()
  try {
    const body = await readFile(file)
    if (extname(file) === '.html') return send(response, file, injectBridge(body.toString('utf8')))
    return send(response, file, body)
  } catch {
    response.writeHead(404).end()
  }
}

function isMalformed(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname).includes('\0')
  } catch {
    return true
  }
}

function injectBridge(html: string): string {
  return html.replace(
    '<script type="module"',
    `<script src=".${BRIDGE_SCRIPT_PATH}"></script>\n    <script type="module"`,
  )
}

function send(response: ServerResponse, file: string, body: string | Buffer) {
  response.writeHead(200, rendererFileHeaders(file))
  response.end(body)
}
