import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { renderCallbackPage } from './callback-page'

export const CALLBACK_PATH = '/callback'
const MAX_URL_LENGTH = 4096

export type CallbackResult =
  | { kind: 'code'; code: string; grantedScope: string }
  | { kind: 'denied' }
  | { kind: 'error'; error: string }

export interface LoopbackListener {
  redirectUri: string
  /** Settles once with the first callback whose state matches; never with a forged one. */
  result: Promise<CallbackResult>
  close(): Promise<void>
}

export interface LoopbackOptions {
  expectedState: string
  /** Called for every refused request, so callers can count or log them (no query data). */
  onRejected?: (reason: string) => void
}

/**
 * Listens on 127.0.0.1 on an ephemeral port for exactly one OAuth redirect. Requests with the
 * wrong path, method, Host or state get an error status and leave the flow waiting.
 */
export async function startLoopbackListener(options: LoopbackOptions): Promise<LoopbackListener> {
  let settle!: (result: CallbackResult) => void
  const result = new Promise<CallbackResult>((resolve) => (settle = resolve))
  let done = false
  let port = 0

  const refuse = (response: ServerResponse, status: number, reason: string) => {
    options.onRejected?.(reason)
    sendPage(response, status, 'refused')
  }

  const server = createServer({ maxHeaderSize: 8192 }, (request, response) => {
    const url = parseRequestUrl(request, port)
    if (!url) return refuse(response, 400, 'bad host or url')
    if (url.pathname !== CALLBACK_PATH) return refuse(response, 404, 'wrong path')
    if (request.method !== 'GET') return refuse(response, 405, 'wrong method')
    if (done) return refuse(response, 409, 'already completed')
    const state = url.searchParams.get('state')
    if (state === null || !constantTimeEqual(state, options.expectedState)) {
      return refuse(response, 400, 'state mismatch')
    }
    const outcome = readOutcome(url.searchParams)
    done = true
    sendPage(response, 200, outcome.kind === 'code' ? 'success' : 'denied')
    settle(outcome)
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    result,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function readOutcome(params: URLSearchParams): CallbackResult {
  const error = params.get('error')
  if (error === 'access_denied') return { kind: 'denied' }
  if (error !== null) return { kind: 'error', error: error.slice(0, 100) }
  const code = params.get('code')
  if (!code) return { kind: 'error', error: 'missing code' }
  return { kind: 'code', code, grantedScope: params.get('scope') ?? '' }
}

/** Only loopback Host headers for our own port: a DNS-rebinding page cannot pass this. */
function parseRequestUrl(request: IncomingMessage, port: number): URL | null {
  const host = request.headers.host
  if (!request.url || request.url.length > MAX_URL_LENGTH) return null
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return null
  try {
    return new URL(request.url, `http://${host}`)
  } catch {
    return null
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()
  return timingSafeEqual(digest(a), digest(b))
}

function sendPage(
  response: ServerResponse,
  status: number,
  kind: 'success' | 'denied' | 'refused',
) {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    connection: 'close',
  })
  response.end(renderCallbackPage(kind))
}
