import { randomInt } from 'node:crypto'
import type { Clock } from '../clock'
import { apiUrl } from '../config/strava-endpoints'
import { AppError, isAppError } from '../errors'
import { createLogger } from '../log/logger'
import { PROBE_PATH, provesApi, type ApiBaseSelector } from './api-base'
import { hasStravaError, sendRequest, type FetchFn, type StravaResponse } from './http'

export interface AccessTokenSource {
  getAccessToken(options?: { rejected?: string }): Promise<string>
  /** Strava refused even a freshly renewed token: the authorization is dead. */
  reportRejected(): void
}

/** Paces requests within Strava's rate limits (see sync/rate-limiter.ts). */
export interface RequestPacer {
  acquire(options: {
    priority?: 'background' | 'user'
    wait: boolean
    signal?: AbortSignal
    onWait?: (until: number) => void
  }): Promise<void>
  observe(headers: Headers, sentAt: number): void
  onRateLimited(headers: Headers, sentAt: number): void
}

export interface RequestOptions {
  signal?: AbortSignal
  priority?: 'background' | 'user'
  /** false: throw BudgetExhausted instead of waiting for the next rate-limit window. */
  wait?: boolean
  onWait?: (until: number) => void
}

export interface StravaApiDeps {
  /** Which API base each request goes to (one configured base, or Strava's hosts). */
  bases: ApiBaseSelector
  fetch: FetchFn
  clock: Clock
  tokens: AccessTokenSource
  /** Sees every API response, 429s and errors included (rate-limit bookkeeping). */
  pacer?: RequestPacer
  maxAttempts?: number
  /** Per-request time limit (default 30 s). */
  timeoutMs?: number
}

export type Query = Record<string, string | number | undefined>

const log = createLogger('strava-api')
const DEFAULT_ATTEMPTS = 4
const BASE_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 60_000
/** Each 429 already waits for the next window; this many in a row means something else is wrong. */
const MAX_CONSECUTIVE_429 = 8

/**
 * GETs on the API with the policy every caller needs: paced within the rate limits, a 401
 * refreshes once and retries once, a 429 waits for the next window, 5xx and network errors back
 * off exponentially with jitter, 403 stops with a clear sentence. 404 is returned to the caller.
 * The access token travels only in the Authorization header.
 */
export function createStravaApi(deps: StravaApiDeps) {
  const maxAttempts = deps.maxAttempts ?? DEFAULT_ATTEMPTS
  /** Every request sent to the API (retries and fallbacks included) and every 429 received. */
  const stats = { requests: 0, rateLimited: 0 }

  /** One request, to the first base that is there; OAuth never goes through here. */
  async function sendToApi(
    path: string,
    query: Query,
    init: { token: string; signal?: AbortSignal },
  ): Promise<{ response: StravaResponse; base: string }> {
    const bases = deps.bases.candidates()
    for (const [index, base] of bases.entries()) {
      const last = index === bases.length - 1
      stats.requests++
      try {
        const response = await sendRequest(deps.fetch, apiUrl(base, path, query).toString(), {
          headers: { authorization: `Bearer ${init.token}`, accept: 'application/json' },
          signal: init.signal,
          timeoutMs: deps.timeoutMs,
        })
        if (deps.bases.isMissing(response, path)) {
          log.warn('the Strava API is not at this base', { base, status: response.status })
          if (last) throw apiNotFound()
          continue
        }
        if (provesApi(response.status)) deps.bases.confirm(base)
        return { response, base }
      } catch (error) {
        if (last || !deps.bases.isUnreachable(error) || init.signal?.aborted) throw error
        log.warn('the Strava API base cannot be reached; trying the next', { base })
      }
    }
    throw new AppError('NETWORK', 'Could not reach Strava. Check your internet connection.')
  }

  async function get(
    path: string,
    query: Query = {},
    options: RequestOptions = {},
  ): Promise<StravaResponse> {
    const { signal } = options
    let refreshedAfter401 = false
    let probed = false
    let consecutive429 = 0
    for (let attempt = 1; ; attempt++) {
      // Wait for a slot first: a token taken before an hours-long wait would arrive expired.
      await deps.pacer?.acquire({
        priority: options.priority,
        wait: options.wait ?? true,
        signal,
        onWait: options.onWait,
      })
      const token = await deps.tokens.getAccessToken()
      signal?.throwIfAborted()
      const sentAt = deps.clock.now()
      let response: StravaResponse
      let base: string
      try {
        ;({ response, base } = await sendToApi(path, query, { token, signal }))
      } catch (error) {
        if (!isAppError(error, 'NETWORK') || attempt >= maxAttempts || signal?.aborted) throw error
        await backoff(attempt, signal)
        continue
      }
      if (response.status === 429) {
        stats.rateLimited++
        log.warn('429 from Strava; pausing until the next window', { path })
        deps.pacer?.onRateLimited(response.headers, sentAt)
        if (++consecutive429 >= MAX_CONSECUTIVE_429) {
          throw new AppError(
            'RATE_LIMITED',
            'Strava keeps refusing requests (rate limit). Sync will try again later.',
          )
        }
        attempt--
        continue
      }
      deps.pacer?.observe(response.headers, sentAt)
      if (response.status === 401 && !refreshedAfter401) {
        refreshedAfter401 = true
        await deps.tokens.getAccessToken({ rejected: token })
        continue
      }
      if (response.status === 401) {
        deps.tokens.reportRejected()
        throw new AppError(
          'RECONNECT_REQUIRED',
          'Strava no longer accepts Trailkeep’s access. Connect again; your backup is kept.',
        )
      }
      if (response.status === 403) throw forbidden(response.body)
      if (!probed && deps.bases.needsProbe(response, path, base)) {
        probed = true
        // A retired base answers 404 everywhere: only trust "no such activity" from the API.
        await get(PROBE_PATH, {}, options)
        if (!deps.bases.isConfirmed(base)) {
          attempt--
          continue
        }
      }
      if (response.status >= 500) {
        if (attempt >= maxAttempts) {
          throw new AppError(
            'STRAVA_HTTP',
            `Strava is having trouble (HTTP ${response.status}). Try again later.`,
          )
        }
        await backoff(attempt, signal)
        continue
      }
      return response
    }
  }

  function backoff(attempt: number, signal?: AbortSignal): Promise<void> {
    const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1))
    return deps.clock.sleep(base + randomInt(0, Math.max(1, Math.floor(base / 2))), signal)
  }

  return { get, stats }
}

export type StravaApi = ReturnType<typeof createStravaApi>

function apiNotFound(): AppError {
  return new AppError(
    'STRAVA_HTTP',
    'Strava’s API did not answer at any of its addresses. Sync will try again later; your backup is kept.',
  )
}

function forbidden(body: unknown): AppError {
  if (hasStravaError(body, { code: 'Inactive' })) {
    return new AppError(
      'APP_INACTIVE',
      'Strava says your API application is inactive (this needs a Strava subscription). Your backup is kept.',
    )
  }
  return new AppError(
    'STRAVA_HTTP',
    'Strava refused access to this data (HTTP 403). Your backup is kept.',
  )
}
