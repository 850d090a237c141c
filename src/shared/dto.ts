/** Plain data for screens and the command line. No token, secret, code or row shape. */

export type ConnectionState = 'disconnected' | 'connected' | 'reconnect_required'

export interface AthleteDto {
  id: number
  firstname: string
  lastname: string
}

export type ReconnectReasonDto = 'revoked' | 'unreadable' | 'session-ended'

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

export interface DisconnectResultDto {
  remoteRevoked: boolean
  dataDeleted: boolean
}
