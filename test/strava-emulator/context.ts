/** What the route handlers share. */
import type { ActivityStore } from './activity-store'
import type { AuthorizeRequest } from './authorize-flow'
import type { RateLimiter } from './rate-limiter'
import type { TokenStore } from './token-store'
import type { AthleteName, EmulatorClock, EmulatorStats, Fault, LegacyApiState } from './types'

/** What a test can switch while the emulator runs. */
export interface EmulatorModes {
  legacyApi: LegacyApiState
  strictTokens: boolean
  revokeAvailable: boolean
  deauthorizeRetired: boolean
}

export interface EmulatorContext {
  clientId: string
  clientSecret: string
  clock: EmulatorClock
  tokens: TokenStore
  limiter: RateLimiter
  stats: EmulatorStats
  store: ActivityStore
  faults: Fault[]
  pending: Map<string, AuthorizeRequest>
  modes: EmulatorModes
  athleteName?: AthleteName
}

export function createStats(): EmulatorStats {
  return {
    apiRequests: 0,
    apiRequestsByRoute: {
      athlete: 0,
      'activities-list': 0,
      'activity-detail': 0,
      'activity-streams': 0,
    },
    rateLimited: 0,
    tokenExchanges: 0,
    tokenRefreshes: 0,
    refreshTokenReuse: 0,
    invalidRefresh: 0,
    deauthorizations: 0,
    revocations: 0,
    unauthorized: 0,
    legacyApiRequests: 0,
    apiHostRequests: 0,
    tokensOutsideHeader: 0,
  }
}
