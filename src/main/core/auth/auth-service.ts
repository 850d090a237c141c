import { randomBytes } from 'node:crypto'
import type {
  ConnectResultDto,
  ConnectionStatusDto,
  DisconnectResultDto,
  ReconnectReasonDto,
} from '../../../shared/dto'
import type { Clock } from '../clock'
import { AppError, isAppError } from '../errors'
import { createLogger } from '../log/logger'
import {
  deauthorize,
  exchangeAuthorizationCode,
  buildAuthorizeUrl,
  checkOAuthReachable,
  revokeToken,
  type ClientCredentials,
  type OAuthEndpoints,
} from '../strava/oauth'
import { athleteSchema } from '../strava/schemas'
import type { ConnectOptions, Account } from '../trailkeep'
import type { CredentialsStore } from './credentials'
import { runAuthorization } from './authorization-flow'
import { judgeGrantedScope } from './scope'
import type { SecretVault } from './secret-vault'
import type { TokenManager } from './token-manager'

export const DEFAULT_CONNECT_TIMEOUT_MS = 300_000
const log = createLogger('auth')

export interface AuthServiceDeps {
  tokens: TokenManager
  credentials: CredentialsStore
  vault: SecretVault
  oauth: OAuthEndpoints
  clock: Clock
  openExternal: (url: string) => Promise<void>
  deleteLocalData: () => void
  /** When no safe encryption exists: keep tokens in memory (app) or refuse to connect (command line). */
  allowMemoryOnlyTokens: boolean
  onChange?: (status: ConnectionStatusDto) => void
}

/**
 * Connect, stay connected and disconnect: the whole life of the Strava authorization. The
 * connection row itself is kept by the TokenManager; this class asks it.
 */
export class AuthService implements Account {
  private pending: AbortController | null = null

  constructor(private readonly deps: AuthServiceDeps) {}

  async status(): Promise<ConnectionStatusDto> {
    const { tokens, vault, credentials } = this.deps
    const row = tokens.connection()
    const base = {
      connecting: this.pending !== null,
      credentials: credentials.status(),
      tokenProtection: vault.describe(),
    }
    if (!row) {
      return {
        ...base,
        state: 'disconnected',
        athlete: null,
        reconnectReason: null,
        privateActivitiesExcluded: false,
      }
    }
    const athlete = parseStoredAthlete(row.athleteJson)
    const privateActivitiesExcluded = judgeGrantedScope(row.grantedScope) === 'public-activities'
    let reconnectReason: ConnectionStatusDto['reconnectReason'] = null
    if (row.state === 'reconnect_required') {
      reconnectReason = isKnownReason(row.reconnectReason) ? row.reconnectReason : 'revoked'
    } else if (!(await tokens.canUseStoredTokens())) {
      reconnectReason = vault.persistent ? 'unreadable' : 'session-ended'
    }
    if (reconnectReason) {
      return {
        ...base,
        state: 'reconnect_required',
        athlete,
        reconnectReason,
        privateActivitiesExcluded,
      }
    }
    return {
      ...base,
      state: 'connected',
      athlete,
      reconnectReason: null,
      privateActivitiesExcluded,
    }
  }

  async connect(options: ConnectOptions = {}): Promise<ConnectResultDto> {
    if (this.pending) {
      throw new AppError(
        'CONNECT_IN_PROGRESS',
        'A connection is already waiting for you in the browser.',
      )
    }
    // Claimed before the first await, so a second click cannot start a second authorization.
    const controller = new AbortController()
    this.pending = controller
    try {
      const current = await this.status()
      if (current.state === 'connected' && !options.force) {
        return { status: { ...current, connecting: false }, alreadyConnected: true }
      }
      if (!this.deps.vault.persistent && !this.deps.allowMemoryOnlyTokens) {
        throw new AppError(
          'NO_SAFE_STORAGE',
          'No safe place to keep your Strava access: set TRAILKEEP_PASSPHRASE and run connect again.',
        )
      }
      const credentials = await this.deps.credentials.resolve()
      this.emitChange()
      await checkOAuthReachable(this.deps.oauth, controller.signal)
      const granted = await runAuthorization({
        clock: this.deps.clock,
        signal: controller.signal,
        timeoutMs: options.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
        buildUrl: (redirectUri, state) =>
          buildAuthorizeUrl(this.deps.oauth.origin, {
            clientId: credentials.clientId,
            redirectUri,
            state,
            force: options.force,
          }),
        newState: () => randomBytes(32).toString('base64url'),
        present: async (url) => {
          options.onAuthorizeUrl?.(url)
          if (options.openBrowser !== false) await this.deps.openExternal(url)
        },
      })
      const exchange = await exchangeAuthorizationCode(this.deps.oauth, credentials, granted.code)
      await this.deps.tokens.startConnection({
        athlete: exchange.athlete,
        grantedScope: granted.grantedScope,
        tokens: {
          accessToken: exchange.access_token,
          refreshToken: exchange.refresh_token,
          expiresAt: exchange.expires_at,
        },
      })
    } catch (error) {
      log.warn('connect failed', { error })
      this.pending = null
      this.emitChange()
      throw error
    } finally {
      this.pending = null
    }
    const status = await this.status()
    log.info('connected', {
      athleteId: status.athlete?.id,
      protection: status.tokenProtection.kind,
    })
    this.deps.onChange?.(status)
    return { status, alreadyConnected: false }
  }

  /** Stops a connection waiting for the browser. Returns false when none was waiting. */
  cancelConnect(): boolean {
    if (!this.pending) return false
    this.pending.abort(new AppError('CONNECT_CANCELLED', 'Connecting to Strava was cancelled.'))
    return true
  }

  /**
   * Saves the user's Strava API application. Tokens belong to the application that granted them,
   * so a different Client ID ends the connection: it needs renewing with the new application, and
   * the backup stays. A new secret for the same Client ID is the same application: it stays.
   */
  async saveCredentials(input: ClientCredentials): Promise<ConnectionStatusDto> {
    const { credentials, tokens } = this.deps
    const before = credentials.status().clientId
    await credentials.save(input)
    const after = credentials.status().clientId
    if (before !== null && after !== before && tokens.connection()) {
      // A connection waiting in the browser was asked for by the old application.
      this.cancelConnect()
      tokens.requireReconnect('credentials-changed')
      log.info('another Strava API application was saved; reconnect required')
      this.emitChange()
    }
    return this.status()
  }

  /**
   * Revokes access at Strava (best effort), then forgets every token. Local data is deleted only
   * when asked. Offline, the local disconnect still happens and the result says so.
   */
  async disconnect(options: { deleteData: boolean }): Promise<DisconnectResultDto> {
    this.cancelConnect()
    let remoteRevoked = false
    if (this.deps.tokens.connection()?.state === 'connected') {
      try {
        await this.revokeAtStrava()
        remoteRevoked = true
      } catch (error) {
        if (!isAppError(error)) throw error
        log.warn('could not revoke access at Strava; disconnecting locally', { error })
      }
    }
    this.deps.tokens.endConnection()
    if (options.deleteData) this.deps.deleteLocalData()
    this.emitChange()
    return { remoteRevoked, dataDeleted: options.deleteData }
  }

  /** `oauth/revoke` with the refresh token; the retired `oauth/deauthorize` only where it is missing. */
  private async revokeAtStrava(): Promise<void> {
    const { tokens, credentials, oauth } = this.deps
    const current = await tokens.currentTokens()
    const outcome = await revokeToken(oauth, await credentials.resolve(), current.refreshToken)
    log.info('revoke at Strava', { outcome })
    if (outcome !== 'not-available') return
    await deauthorize(oauth, await tokens.getAccessToken())
  }

  private emitChange(): void {
    if (!this.deps.onChange) return
    void this.status().then(this.deps.onChange, () => undefined)
  }
}

const RECONNECT_REASONS = new Set<string | null>([
  'revoked',
  'unreadable',
  'session-ended',
  'credentials-changed',
] satisfies ReconnectReasonDto[])

function isKnownReason(reason: string | null): reason is ReconnectReasonDto {
  return RECONNECT_REASONS.has(reason)
}

function parseStoredAthlete(json: string): ConnectionStatusDto['athlete'] {
  try {
    const athlete = athleteSchema.parse(JSON.parse(json))
    return { id: athlete.id, firstname: athlete.firstname, lastname: athlete.lastname }
  } catch {
    return null
  }
}
