import type { ConnectionStatusDto, SyncProgressDto } from '../../shared/dto'
import { AuthService } from './auth/auth-service'
import { ConnectionStore } from './auth/connection-store'
import { CredentialsStore } from './auth/credentials'
import { SecretVault } from './auth/secret-vault'
import { TokenManager } from './auth/token-manager'
import { join } from 'node:path'
import { systemClock, type Clock } from './clock'
import { configureLogging } from './log/logger'
import { databasePath } from './config/data-dir'
import type { SecretProtection } from './crypto/secret-cipher'
import { openDatabase, type AppDb, type OpenedDatabase } from './db/open-database'
import { deleteLibraryData } from './db/library-repo'
import { removeOrphanedOriginals } from './library/orphaned-originals'
import { z } from 'zod'
import { readJsonSetting, writeSetting } from './db/settings-repo'
import { createStravaApi } from './strava/api-client'
import { RateLimiter } from './sync/rate-limiter'
import { SyncEngine } from './sync/sync-engine'
import type { FetchFn } from './strava/http'
import type { ClientCredentials, OAuthEndpoints } from './strava/oauth'
import { ApiBaseSelector } from './strava/api-base'
import type { StravaEndpoints } from './config/strava-endpoints'

export interface CoreOptions {
  dataDir: string
  /** The OAuth origin and the API base (or Strava's hosts to choose from). */
  endpoints: StravaEndpoints
  /** Decided by the shell; may read the database (the passphrase salt lives there). */
  resolveProtection: (db: AppDb) => Promise<SecretProtection>
  openExternal: (url: string) => Promise<void>
  allowMemoryOnlyTokens: boolean
  environmentCredentials?: Partial<ClientCredentials>
  fetch?: FetchFn
  clock?: Clock
  nativeBinding?: string
  onConnectionChange?: (status: ConnectionStatusDto) => void
  onSyncProgress?: (progress: SyncProgressDto) => void
  /** The shell can offer weak token storage (Electron on Linux without a keyring). */
  plainTextOptInAvailable?: boolean
  /** Per-request time limit for Strava API calls (tests shorten it). */
  requestTimeoutMs?: number
}

const RATE_LIMIT_SETTING = 'rate_limit_state'
const API_BASE_SETTING = 'strava_api_base'

/** Builds the Electron-free core from what a shell passes in. The composition root of every shell. */
export async function createCore(options: CoreOptions) {
  const clock = options.clock ?? systemClock
  const fetchFn = options.fetch ?? globalThis.fetch
  configureLogging({ folder: join(options.dataDir, 'logs') })
  const database: OpenedDatabase = openDatabase(databasePath(options.dataDir), {
    nativeBinding: options.nativeBinding,
  })
  try {
    const { db } = database
    const vault = new SecretVault(await options.resolveProtection(db))
    const oauth: OAuthEndpoints = { origin: options.endpoints.oauthOrigin, fetch: fetchFn }
    const credentials = new CredentialsStore(db, vault, clock, options.environmentCredentials)
    const store = new ConnectionStore(db)
    const tokens = new TokenManager({ store, vault, credentials, oauth, clock })
    const auth = new AuthService({
      store,
      tokens,
      credentials,
      vault,
      oauth,
      clock,
      openExternal: options.openExternal,
      allowMemoryOnlyTokens: options.allowMemoryOnlyTokens,
      deleteLocalData: () => {
        deleteLibraryData(db)
        removeOrphanedOriginals(db, options.dataDir)
      },
      onChange: options.onConnectionChange,
    })
    const limiter = new RateLimiter(clock, {
      load: () => readJsonSetting(db, RATE_LIMIT_SETTING, z.unknown()),
      save: (state) => writeSetting(db, RATE_LIMIT_SETTING, JSON.stringify(state)),
    })
    const bases = new ApiBaseSelector(options.endpoints.api, clock, {
      load: () => readJsonSetting(db, API_BASE_SETTING, z.unknown()),
      save: (value) => writeSetting(db, API_BASE_SETTING, JSON.stringify(value)),
    })
    const api = createStravaApi({
      bases,
      fetch: fetchFn,
      clock,
      tokens,
      pacer: limiter,
      timeoutMs: options.requestTimeoutMs,
    })
    const sync = new SyncEngine({ db, api, limiter, clock, onProgress: options.onSyncProgress })
    const close = () => {
      // A connection waiting for the browser, or a running sync, must not touch a closed database.
      auth.cancelConnect()
      sync.cancel()
      database.close()
    }
    const { dataDir } = options
    const plainTextOptInAvailable = options.plainTextOptInAvailable ?? false
    return {
      database,
      db,
      dataDir,
      plainTextOptInAvailable,
      clock,
      vault,
      credentials,
      tokens,
      auth,
      api,
      limiter,
      sync,
      close,
    }
  } catch (error) {
    database.close()
    throw error
  }
}

export type TrailkeepCore = Awaited<ReturnType<typeof createCore>>
