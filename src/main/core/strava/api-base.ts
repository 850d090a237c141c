import type { Clock } from '../clock'
import type { ApiBaseConfig } from '../config/strava-endpoints'
import { createLogger } from '../log/logger'
import { transportFailureOf, type StravaResponse } from './http'

const log = createLogger('strava-api-base')

/** After this long on a fallback, the preferred base is tried once more. */
export const RECHECK_PREFERRED_MS = 7 * 24 * 60 * 60 * 1000

/** The host does not exist (yet), or nothing listens there: another base may answer. */
const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/** Paths whose 404 can only mean "no API here"; a 404 elsewhere (a deleted activity) is data. */
const KNOWN_PATHS = new Set(['/athlete', '/athlete/activities'])
export const PROBE_PATH = '/athlete'

export interface RememberedBase {
  base: string
  decidedAt: number
}

export interface BaseMemory {
  load(): unknown
  save(value: RememberedBase): void
}

/**
 * Chooses the API base among Strava's hosts (auto mode) or hands out the one configured (fixed
 * mode). A base is switched away from only when it is unreachable or says the API is not there
 * (410, or 404 on a path that always exists); a 429 or 5xx never switches, since another base
 * would spend the same budget twice. The base that answered is remembered and logged.
 */
export class ApiBaseSelector {
  private remembered: RememberedBase | null | undefined
  private readonly confirmed = new Set<string>()

  constructor(
    private readonly config: ApiBaseConfig,
    private readonly clock: Clock,
    private readonly memory?: BaseMemory,
  ) {}

  get switchable(): boolean {
    return this.config.kind === 'auto'
  }

  /** The bases to try for the next request, in order. */
  candidates(): string[] {
    if (this.config.kind === 'fixed') return [this.config.base]
    const now = this.clock.now()
    const { legacy, next, nextFrom } = this.config
    const byDate = now >= nextFrom ? [...next, legacy] : [legacy, ...next]
    const remembered = this.recall()
    if (!remembered || !byDate.includes(remembered.base) || remembered.base === byDate[0]) {
      return byDate
    }
    const preferredSinceDecision = remembered.decidedAt < nextFrom && now >= nextFrom
    if (preferredSinceDecision || now - remembered.decidedAt >= RECHECK_PREFERRED_MS) return byDate
    return [remembered.base, ...byDate.filter((base) => base !== remembered.base)]
  }

  /** Whether this process has seen the base answer as the API. */
  isConfirmed(base: string): boolean {
    return !this.switchable || this.confirmed.has(base)
  }

  /** The base answered as the API: use it from now on. */
  confirm(base: string): void {
    if (!this.switchable || this.confirmed.has(base)) return
    this.confirmed.add(base)
    const previous = this.recall()
    if (previous?.base === base && this.clock.now() - previous.decidedAt < RECHECK_PREFERRED_MS) {
      return
    }
    this.remembered = { base, decidedAt: this.clock.now() }
    this.memory?.save(this.remembered)
    log.info('using Strava API base', { base, previous: previous?.base ?? null })
  }

  /** A transport failure that another base might not have. */
  isUnreachable(error: unknown): boolean {
    const code = transportFailureOf(error)?.code
    return this.switchable && code !== null && code !== undefined && UNREACHABLE_CODES.has(code)
  }

  /** An answer that says the API is not at this base. */
  isMissing(response: StravaResponse, path: string): boolean {
    if (!this.switchable) return false
    return response.status === 410 || (response.status === 404 && KNOWN_PATHS.has(path))
  }

  /** A 404 that means "no such activity" only once the base is known to be the API. */
  needsProbe(response: StravaResponse, path: string, base: string): boolean {
    return response.status === 404 && !KNOWN_PATHS.has(path) && !this.isConfirmed(base)
  }

  private recall(): RememberedBase | null {
    if (this.remembered === undefined) this.remembered = parseRemembered(this.memory?.load())
    return this.remembered
  }
}

/** Answers that prove the base is the API (not a rate limit or an outage, which prove nothing). */
export function provesApi(status: number): boolean {
  return status < 500 && status !== 429 && status !== 404 && status !== 410
}

function parseRemembered(value: unknown): RememberedBase | null {
  if (typeof value !== 'object' || value === null) return null
  const { base, decidedAt } = value as Record<string, unknown>
  if (typeof base !== 'string' || typeof decidedAt !== 'number' || !Number.isFinite(decidedAt)) {
    log.warn('ignoring an unreadable remembered API base')
    return null
  }
  return { base, decidedAt }
}
