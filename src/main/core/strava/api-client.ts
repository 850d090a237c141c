import { randomInt } from 'node:crypto'
import type { Clock } from '../clock'
import { AppError, isAppError } from '../errors'
import { hasStravaError, sendRequest, type FetchFn, type StravaResponse } from './http'

export interface AccessTokenSource {
  getAccessToken(options?: { rejected?: string }): Promise<string>
}

export interface StravaApiDeps {
  baseUrl: string
  fetch: FetchFn
  clock: Clock
  tokens: AccessTokenSource
  /** Sees every response under /api/v3, 429s and errors included (rate-limit bookkeeping). */
  onResponse?: (response: StravaResponse) => void
  maxAttempts?: number
}

export type Query = Record<string, string | number | undefined>

const DEFAULT_ATTEMPTS = 4
const BASE_BACKOFF_MS = 1_000
const MAX_BACKOFF_MS = 60_000

/**
 * GETs under /api/v3 with the policy every caller needs: a 401 refreshes once and retries once,
 * 5xx and network errors back off exponentially with jitter, 403 stops with a clear sentence.
 * Other statuses (404, 429) are returned for the caller to interpret.
 */
export function createStravaApi(deps: StravaApiDeps) {
  const maxAttempts = deps.maxAttempts ?? DEFAULT_ATTEMPTS

  async function get(
    path: string,
    query: Query = {},
    signal?: AbortSignal,
  ): Promise<StravaResponse> {
    const url = new URL(`/api/v3${path}`, deps.baseUrl)
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    let refreshedAfter401 = false
    for (let attempt = 1; ; attempt++) {
      const token = await deps.tokens.getAccessToken()
      let response: StravaResponse
      try {
        response = await sendRequest(deps.fetch, url.toString(), {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal,
        })
      } catch (error) {
        if (!isAppError(error, 'NETWORK') || attempt >= maxAttempts || signal?.aborted) throw error
        await backoff(attempt, signal)
        continue
      }
      deps.onResponse?.(response)
      if (response.status === 401 && !refreshedAfter401) {
        refreshedAfter401 = true
        await deps.tokens.getAccessToken({ rejected: token })
        continue
      }
      if (response.status === 401) {
        throw new AppError(
          'RECONNECT_REQUIRED',
          'Strava no longer accepts Trailkeep’s access. Connect again.',
        )
      }
      if (response.status === 403) throw forbidden(response.body)
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

  return { get }
}

export type StravaApi = ReturnType<typeof createStravaApi>

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
