import { AppError } from '../errors'
import { stravaErrorBodySchema, type StravaErrorBody } from './schemas'

export type FetchFn = typeof fetch

/** Large enough for a 200-item activity page with polylines, small enough to bound memory. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

export interface StravaResponse {
  status: number
  headers: Headers
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown
  /** True when a body was present but could not be parsed as JSON. */
  malformed: boolean
}

/**
 * Sends one request and reads the body within a size and time budget. Transport failures
 * become NETWORK errors; HTTP statuses are returned for the caller to interpret.
 * The URL is never put into error messages, since OAuth requests carry secrets in it.
 */
export async function sendRequest(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit & { timeoutMs?: number },
): Promise<StravaResponse> {
  const timeout = AbortSignal.timeout(init.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetchFn(url, { ...init, signal, redirect: 'error' })
  } catch (error) {
    throw networkError(error, timeout.aborted)
  }
  let text: string
  try {
    text = await readLimited(response)
  } catch (error) {
    // A body too large to be real is treated like any unreadable answer: retried, never buffered.
    if (error instanceof AppError) {
      return {
        status: response.status,
        headers: response.headers,
        body: undefined,
        malformed: true,
      }
    }
    throw networkError(error, timeout.aborted)
  }
  if (text.length === 0)
    return { status: response.status, headers: response.headers, body: undefined, malformed: false }
  try {
    return {
      status: response.status,
      headers: response.headers,
      body: JSON.parse(text),
      malformed: false,
    }
  } catch {
    return { status: response.status, headers: response.headers, body: undefined, malformed: true }
  }
}

/**
 * Whether a server answers at all: any HTTP status counts, a redirect included (not followed).
 * Transport failures and the time limit become NETWORK errors; an abort through `signal`
 * rethrows its reason.
 */
export async function probeServer(
  fetchFn: FetchFn,
  url: string,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<void> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetchFn(url, { method: 'HEAD', redirect: 'manual', signal })
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    throw networkError(error, timeout.aborted)
  }
  await response.body?.cancel().catch(() => undefined)
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel()
    throw new AppError('STRAVA_RESPONSE', 'Strava sent a response that is too large to be valid.')
  }
  if (!response.body) return ''
  const decoder = new TextDecoder()
  let received = 0
  let text = ''
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > MAX_RESPONSE_BYTES) {
      await reader.cancel()
      throw new AppError('STRAVA_RESPONSE', 'Strava sent a response that is too large to be valid.')
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

/** What failed below HTTP: the name and system code only, since transport errors can echo the URL. */
export interface TransportFailure {
  name: string
  code: string | null
  timedOut: boolean
}

function networkError(cause: unknown, timedOut: boolean): AppError {
  const message = timedOut
    ? 'Strava did not answer in time. Check your internet connection and try again.'
    : 'Could not reach Strava. Check your internet connection and try again.'
  const failure: TransportFailure = {
    name: cause instanceof Error ? cause.name : 'unknown',
    code: systemCode(cause),
    timedOut,
  }
  return new AppError('NETWORK', message, { cause: failure })
}

/** fetch wraps the socket error (`TypeError: fetch failed`, cause `ENOTFOUND`): look one level down. */
function systemCode(error: unknown, depth = 0): string | null {
  if (!(error instanceof Error) || depth > 3) return null
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') return code
  return systemCode(error.cause, depth + 1)
}

/** The transport failure behind a NETWORK error, if that is what the error is. */
export function transportFailureOf(error: unknown): TransportFailure | null {
  if (!(error instanceof AppError) || error.code !== 'NETWORK') return null
  return (error.cause as TransportFailure | undefined) ?? null
}

export function parseStravaError(body: unknown): StravaErrorBody {
  const parsed = stravaErrorBodySchema.safeParse(body)
  return parsed.success ? parsed.data : {}
}

export function hasStravaError(
  body: unknown,
  match: { resource?: string; field?: string; code?: string },
): boolean {
  return (parseStravaError(body).errors ?? []).some(
    (e) =>
      (match.resource === undefined || e.resource === match.resource) &&
      (match.field === undefined || e.field === match.field) &&
      (match.code === undefined || e.code === match.code),
  )
}
