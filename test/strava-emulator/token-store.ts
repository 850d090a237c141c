/** Authorization codes, access and refresh tokens, with Strava's refresh and rotation rules. */
import { randomBytes } from 'node:crypto'
import type { EmulatorClock } from './types'

const CODE_LIFETIME_MS = 10 * 60_000
const KEEP_ACCESS_TOKEN_ABOVE_S = 3600

export interface AccessGrant {
  token: string
  expiresAt: number
  scope: string[]
  revoked: boolean
}

interface Session {
  scope: string[]
  access: AccessGrant
  refreshToken: string
}

type RefreshState = 'live' | 'rotated' | 'revoked'

export type RefreshResult =
  | { kind: 'ok'; access: AccessGrant; refreshToken: string }
  | { kind: 'rotated' }
  | { kind: 'invalid' }

/** 40 characters of base64url, opaque like Strava's tokens. */
export function randomToken(): string {
  return randomBytes(30).toString('base64url')
}

export interface TokenStoreOptions {
  clock: EmulatorClock
  accessTokenLifetimeSeconds: number
  rotation: 'always' | 'never'
}

export function createTokenStore(options: TokenStoreOptions) {
  const { clock, accessTokenLifetimeSeconds, rotation } = options
  const codes = new Map<string, { clientId: string; scope: string[]; expiresAtMs: number }>()
  const accessTokens = new Map<string, AccessGrant>()
  const refreshTokens = new Map<string, { session: Session; state: RefreshState }>()
  const sessions: Session[] = []
  /** Every code and token ever handed out, so tests can search for leaks. */
  const everIssued: string[] = []
  const nowSeconds = (): number => Math.floor(clock.now() / 1000)
  const remember = (secret: string): string => {
    everIssued.push(secret)
    return secret
  }

  const issueAccess = (scope: string[]): AccessGrant => {
    const grant = {
      token: remember(randomToken()),
      expiresAt: nowSeconds() + accessTokenLifetimeSeconds,
      scope,
      revoked: false,
    }
    accessTokens.set(grant.token, grant)
    return grant
  }
  const issueRefresh = (session: Session): string => {
    const token = remember(randomToken())
    refreshTokens.set(token, { session, state: 'live' })
    session.refreshToken = token
    return token
  }

  return {
    nowSeconds,
    issuedSecrets: (): string[] => [...everIssued],
    issueCode(clientId: string, scope: string[]): string {
      const code = remember(randomToken())
      codes.set(code, { clientId, scope, expiresAtMs: clock.now() + CODE_LIFETIME_MS })
      return code
    },
    /** Single use: a code is gone after its first exchange, good or bad. */
    exchangeCode(clientId: string, code: string): Session | null {
      const entry = codes.get(code)
      codes.delete(code)
      if (!entry || entry.clientId !== clientId || clock.now() > entry.expiresAtMs) return null
      const access = issueAccess(entry.scope)
      const session: Session = { scope: entry.scope, access, refreshToken: '' }
      issueRefresh(session)
      sessions.push(session)
      return session
    },
    refresh(refreshToken: string): RefreshResult {
      const entry = refreshTokens.get(refreshToken)
      if (!entry || entry.state === 'revoked') return { kind: 'invalid' }
      if (entry.state === 'rotated') return { kind: 'rotated' }
      const { session } = entry
      const current = session.access
      const left = current.expiresAt - nowSeconds()
      if (current.revoked || left <= KEEP_ACCESS_TOKEN_ABOVE_S) {
        session.access = issueAccess(session.scope)
      }
      if (rotation === 'always') {
        entry.state = 'rotated'
        issueRefresh(session)
      }
      return { kind: 'ok', access: session.access, refreshToken: session.refreshToken }
    },
    /** The grant behind a live (known, unrevoked, unexpired) access token. */
    liveAccess(token: string): AccessGrant | null {
      const grant = accessTokens.get(token)
      if (!grant || grant.revoked || grant.expiresAt <= nowSeconds()) return null
      return grant
    },
    /** A live access token or a live refresh token. */
    isLive(token: string): boolean {
      return this.liveAccess(token) !== null || refreshTokens.get(token)?.state === 'live'
    },
    revokeAll(): void {
      for (const grant of accessTokens.values()) grant.revoked = true
      for (const entry of refreshTokens.values()) entry.state = 'revoked'
      sessions.length = 0
    },
    expireAccessTokens(): void {
      const expired = nowSeconds() - 1
      for (const grant of accessTokens.values()) {
        grant.expiresAt = Math.min(grant.expiresAt, expired)
      }
    },
  }
}

export type TokenStore = ReturnType<typeof createTokenStore>
