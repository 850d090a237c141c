/** Plain data for screens and the command line. No token, secret, code or row shape. */

export type ConnectionState = 'disconnected' | 'connected' | 'reconnect_required'

export interface AthleteDto {
  id: number
  firstname: string
  lastname: string
}

/** `credentials-changed`: another Strava API application was saved; the old one's tokens are gone. */
export type ReconnectReasonDto = 'revoked' | 'unreadable' | 'session-ended' | 'credentials-changed'

export type TokenProtectionKind = 'os-keychain' | 'passphrase' | 'plain-opt-in' | 'memory-only'

export interface TokenProtectionDto {
  kind: TokenProtectionKind
  description: string
}

export interface ConnectionStatusDto {
  state: ConnectionState
  athlete: AthleteDto | null
  reconnectReason: ReconnectReasonDto | null
  /** True when only public activities can be backed up (activity:read without read_all). */
  privateActivitiesExcluded: boolean
  connecting: boolean
  credentials: {
    configured: boolean
    source: 'environment' | 'saved' | 'session' | 'none'
    clientId: string | null
  }
  tokenProtection: TokenProtectionDto
}

export interface ConnectResultDto {
  status: ConnectionStatusDto
  /** Already connected, and no new authorization was asked for. */
  alreadyConnected: boolean
}

/** Figures derived from stored streams (the lab, the map explorer) being brought up to date. */
export interface DeriveProgressDto {
  kind: string
  done: number
  total: number
}

export interface DisconnectResultDto {
  remoteRevoked: boolean
  dataDeleted: boolean
}

export type SyncPhase =
  'idle' | 'listing' | 'verifying' | 'details' | 'streams' | 'waiting' | 'done'

/** What the sync is doing, for the status bar and `trailkeep sync` progress lines. */
export interface SyncProgressDto {
  phase: SyncPhase
  listing: { pages: number; activities: number; complete: boolean }
  details: { done: number; remaining: number }
  streams: { done: number; remaining: number }
  /** Read budget as Strava last reported it, this quarter hour and today. */
  budget: { used15: number; limit15: number; usedDay: number; limitDay: number }
  /** Set while waiting for a rate-limit window. */
  waitingUntil: string | null
  /** When the remaining requests can be done at the earliest, given the limits. */
  etaAt: string | null
  startedAt: string
  warnings: number
}

/** `trailkeep sync --json`, as in the command-line contract. */
export interface SyncSummaryDto {
  complete: boolean
  added: number
  updated: number
  deleted: number
  requests: number
  rateLimited: number
  resumeAfter: string | null
}

export interface SyncResultDto {
  summary: SyncSummaryDto | null
  error: { code: string; message: string } | null
  finishedAt: string
}

export interface SyncStatusDto {
  running: boolean
  progress: SyncProgressDto | null
  lastSyncAt: string | null
  lastResult: SyncResultDto | null
}
