import { randomInt } from 'node:crypto'
import { newLeaseOwner } from '../lease-owner'
import type { Clock } from '../clock'
import { AppError, isAppError } from '../errors'
import { redactor } from '../log/redact'
import { createLogger } from '../log/logger'

const log = createLogger('tokens')
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../strava/http'
import { refreshAccessToken, type OAuthEndpoints } from '../strava/oauth'
import type { RefreshResponse } from '../strava/schemas'
import type {
  ConnectionRow,
  ConnectionStore,
  ReconnectReason,
  SealedTokens,
} from './connection-store'
import type { CredentialsStore } from './credentials'
import type { SecretVault } from './secret-vault'

/** Refresh when less than this is left on the access token. */
export const REFRESH_MARGIN_SECONDS = 5 * 60
const LEASE_POLL_MS = 200
const NETWORK_ATTEMPTS = 3
const NETWORK_BACKOFF_MS = 1_000
/** Backoff jitter adds up to half the backoff. */
const MAX_JITTER = 1.5

/** The longest one refresh can take: every attempt timing out, plus the backoffs between them. */
export const WORST_CASE_REFRESH_MS =
  NETWORK_ATTEMPTS * DEFAULT_REQUEST_TIMEOUT_MS +
  Array.from(
    { length: NETWORK_ATTEMPTS - 1 },
    (_, i) => NETWORK_BACKOFF_MS * 2 ** i * MAX_JITTER,
  ).reduce((sum, ms) => sum + ms, 0)
/** The refresh lease outlives the longest refresh, with room to seal and commit the result. */
export const REFRESH_LEASE_MS = WORST_CASE_REFRESH_MS + 30_000

export interface TokenSet {
  accessToken: string
  refreshToken: string
  /** Epoch seconds, as Strava sends it. */
  expiresAt: number
}

export interface TokenManagerDeps {
  store: ConnectionStore
  vault: SecretVault
  credentials: CredentialsStore
  oauth: OAuthEndpoints
  clock: Clock
}

/**
 * Keeps the connection: the one writer of the connection row (a new connection, refreshed
 * tokens, a dead grant, a disconnect) and the one place that hands out access tokens. Refresh is
 * single-flight inside the process and leased through the database across processes, so one
 * refresh token is never spent twice; a rotated refresh token is committed before the new access
 * token leaves this class.
 */
export class TokenManager {
  /** Distinguishes this process's lease from another process's. */
  readonly ownerId = newLeaseOwner()
  private inflight: Promise<string> | null = null
  /** Tokens kept only in memory when no safe encryption exists. */
  private session: (TokenSet & { generation: number }) | null = null
  private decrypted: { generation: number; tokens: TokenSet } | null = null
  private refreshCount = 0

  constructor(private readonly deps: TokenManagerDeps) {}

  /** How many refreshes this process sent (diagnostics and tests). */
  get refreshesSent(): number {
    return this.refreshCount
  }

  /** Returns a usable access token; `rejected` forces a refresh when the current token is that one. */
  async getAccessToken(options: { rejected?: string } = {}): Promise<string> {
    if (this.inflight) return this.inflight
    const current = await this.readCurrent()
    if (!this.needsRefresh(current.tokens) && current.tokens.accessToken !== options.rejected) {
      return current.tokens.accessToken
    }
    if (this.inflight) return this.inflight
    this.inflight = this.refresh(current.generation).finally(() => (this.inflight = null))
    return this.inflight
  }

  /** The connection as stored, if any (read-only: every write goes through this class). */
  connection(): ConnectionRow | undefined {
    return this.deps.store.read()
  }

  /** Stores a fresh authorization: the athlete, the granted scope and its tokens (sealed, or in memory only). */
  async startConnection(input: {
    athlete: { id: number; firstname: string; lastname: string }
    grantedScope: string
    tokens: TokenSet
  }): Promise<void> {
    const { tokens } = input
    redactor.addSecret(tokens.accessToken)
    redactor.addSecret(tokens.refreshToken)
    this.decrypted = null
    let sealed: SealedTokens
    if (this.deps.vault.persistent) {
      this.session = null
      sealed = await this.seal(tokens)
    } else {
      this.session = { ...tokens, generation: 0 }
      sealed = { access: null, refresh: null, expiresAt: tokens.expiresAt }
    }
    const { id, firstname, lastname } = input.athlete
    this.deps.store.saveNewConnection({
      athleteId: id,
      athleteJson: JSON.stringify({ id, firstname, lastname }),
      grantedScope: input.grantedScope,
      tokens: sealed,
      now: this.deps.clock.now(),
    })
  }

  /** Forgets every token and the connection (disconnect). */
  endConnection(): void {
    this.forget()
    this.deps.store.delete()
  }

  /** Whether a connected row's tokens can actually be used by this process. */
  async canUseStoredTokens(): Promise<boolean> {
    try {
      await this.readCurrent()
      return true
    } catch {
      return false
    }
  }

  /** The tokens can no longer be used (another API application was saved): forget them. */
  requireReconnect(reason: ReconnectReason): void {
    this.forget()
    this.deps.store.markReconnectRequired(reason, this.deps.clock.now())
  }

  /** Strava refused even a renewed access token: the authorization is dead. */
  reportRejected(): void {
    this.markRejected(this.deps.vault.persistent ? (this.decrypted?.generation ?? null) : null)
  }

  /**
   * Ends the connection for tokens of `generation` (null: tokens kept in memory). False when
   * another process stored newer tokens since: those are not dead, and stay.
   */
  private markRejected(generation: number | null): boolean {
    const now = this.deps.clock.now()
    const marked = this.deps.store.markReconnectRequired('revoked', now, generation ?? undefined)
    if (marked) {
      log.warn('Strava refused the grant; reconnect required')
      this.forget()
    }
    return marked
  }

  /** The stored tokens as they are, without renewing them (revoking spends no refresh). */
  async currentTokens(): Promise<TokenSet> {
    return (await this.readCurrent()).tokens
  }

  private forget(): void {
    this.session = null
    this.decrypted = null
  }

  private needsRefresh(tokens: TokenSet): boolean {
    return tokens.expiresAt - this.deps.clock.now() / 1000 < REFRESH_MARGIN_SECONDS
  }

  private async readCurrent(): Promise<{ generation: number; tokens: TokenSet }> {
    const row = this.deps.store.read()
    if (!row) throw new AppError('NOT_CONNECTED', 'Trailkeep is not connected to Strava.')
    if (row.state !== 'connected') throw reconnectRequired()
    if (!this.deps.vault.persistent) {
      if (!this.session) throw reconnectRequired()
      return { generation: this.session.generation, tokens: this.session }
    }
    if (this.decrypted?.generation === row.tokenGeneration) return this.decrypted
    const tokens = await this.open(row)
    this.decrypted = { generation: row.tokenGeneration, tokens }
    return this.decrypted
  }

  private async open(row: ConnectionRow): Promise<TokenSet> {
    const { vault } = this.deps
    return {
      accessToken: await vault.open(row.accessTokenCiphertext, row.cipherKind, 'access-token'),
      refreshToken: await vault.open(row.refreshTokenCiphertext, row.cipherKind, 'refresh-token'),
      expiresAt: row.accessTokenExpiresAt ?? 0,
    }
  }

  private async seal(tokens: TokenSet): Promise<SealedTokens> {
    return {
      access: await this.deps.vault.seal(tokens.accessToken, 'access-token'),
      refresh: await this.deps.vault.seal(tokens.refreshToken, 'refresh-token'),
      expiresAt: tokens.expiresAt,
    }
  }

  private async refresh(seenGeneration: number): Promise<string> {
    if (!this.deps.vault.persistent) return this.refreshSessionTokens(seenGeneration)
    const { store, clock } = this.deps
    const deadline = clock.now() + REFRESH_LEASE_MS * 2
    for (;;) {
      const attempt = store.tryTakeRefreshLease(
        this.ownerId,
        seenGeneration,
        clock.now(),
        REFRESH_LEASE_MS,
      )
      if (attempt.kind === 'gone') throw reconnectRequired()
      if (attempt.kind === 'changed') {
        // Another process refreshed while we waited: use its tokens if they are fresh enough.
        const tokens = await this.open(attempt.row)
        this.decrypted = { generation: attempt.row.tokenGeneration, tokens }
        if (!this.needsRefresh(tokens)) return tokens.accessToken
        seenGeneration = attempt.row.tokenGeneration
        continue
      }
      if (attempt.kind === 'busy') {
        if (clock.now() > deadline) {
          throw new AppError(
            'NETWORK',
            'Another Trailkeep process is renewing access. Try again shortly.',
          )
        }
        await clock.sleep(LEASE_POLL_MS)
        continue
      }
      try {
        const stored = await this.open(attempt.row)
        const fresh = await this.spendRefreshToken(stored.refreshToken, seenGeneration)
        if (fresh === 'superseded') continue
        const fence = { owner: this.ownerId, generation: seenGeneration }
        const generation = store.commitRefresh(await this.seal(fresh), clock.now(), fence)
        if (generation !== null) {
          this.decrypted = { generation, tokens: fresh }
          return fresh.accessToken
        }
        // The lease ran out and another process stored newer tokens: never overwrite them.
        log.warn('refresh lease lost before the commit; using the tokens stored since')
      } finally {
        store.releaseLease(this.ownerId)
      }
    }
  }

  private async refreshSessionTokens(seenGeneration: number): Promise<string> {
    const session = this.session
    if (!session) throw reconnectRequired()
    if (session.generation !== seenGeneration && !this.needsRefresh(session)) {
      return session.accessToken
    }
    const fresh = await this.spendRefreshToken(session.refreshToken, null)
    if (fresh === 'superseded') throw reconnectRequired()
    this.session = { ...fresh, generation: session.generation + 1 }
    return fresh.accessToken
  }

  /**
   * One refresh at Strava, retried on network errors only. A dead grant ends the connection,
   * unless another process has stored newer tokens meanwhile (`superseded`: use those).
   */
  private async spendRefreshToken(
    refreshToken: string,
    generation: number | null,
  ): Promise<TokenSet | 'superseded'> {
    const credentials = await this.deps.credentials.resolve()
    for (let attempt = 1; ; attempt++) {
      try {
        this.refreshCount++
        const outcome = await refreshAccessToken(this.deps.oauth, credentials, refreshToken)
        if (outcome.kind === 'invalid-grant') {
          if (!this.markRejected(generation)) return 'superseded'
          throw new AppError(
            'RECONNECT_REQUIRED',
            'Strava no longer accepts Trailkeep’s access. Connect again; your backup is kept.',
          )
        }
        log.info('access token refreshed')
        return toTokenSet(outcome.tokens)
      } catch (error) {
        const retryable = isAppError(error, 'NETWORK') || isAppError(error, 'STRAVA_HTTP')
        if (!retryable || attempt >= NETWORK_ATTEMPTS) throw error
        const backoff = NETWORK_BACKOFF_MS * 2 ** (attempt - 1)
        await this.deps.clock.sleep(backoff + randomInt(0, backoff / 2))
      }
    }
  }
}

function toTokenSet(tokens: RefreshResponse): TokenSet {
  redactor.addSecret(tokens.access_token)
  redactor.addSecret(tokens.refresh_token)
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: tokens.expires_at,
  }
}

function reconnectRequired(): AppError {
  return new AppError(
    'RECONNECT_REQUIRED',
    'Connect to Strava again to continue; your backup is kept.',
  )
}
