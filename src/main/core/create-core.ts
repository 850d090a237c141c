import { join } from 'node:path'
import { z } from 'zod'
import type { ConnectionStatusDto, SyncProgressDto } from '../../shared/dto'
import { AuthService } from './auth/auth-service'
import { ConnectionStore } from './auth/connection-store'
import { CredentialsStore } from './auth/credentials'
import { SecretVault } from './auth/secret-vault'
import { TokenManager } from './auth/token-manager'
import { systemClock, type Clock } from './clock'
import { databasePath } from './config/data-dir'
import type { StravaEndpoints } from './config/strava-endpoints'
import type { SecretProtection } from './crypto/secret-cipher'
import { openDatabase, type AppDb, type OpenedDatabase } from './db/open-database'
import { readJsonSetting, writeSetting } from './db/settings-repo'
import { deleteLibrary } from './library/retention'
import { configureLogging } from './log/logger'
import { ApiBaseSelector } from './strava/api-base'
import { createStravaApi } from './strava/api-client'
import type { FetchFn } from './strava/http'
import type { ClientCredentials, OAuthEndpoints } from './strava/oauth'
import { RateLimiter } from './sync/rate-limiter'
import { SyncEngine } from './sync/sync-engine'
import { DerivedData } from './derived/derived-data'
import { heatPackFolder } from './maps/heat-pack-file'
import { preparePackFiles } from './maps/heat-packs'
import type { DeriveProgress, Deriver } from './derived/deriver'
import { createWorkerPool } from './workers/worker-pool'
import { createLabDeriver } from './lab/derive/lab-deriver'
import { mapDeriver } from './maps/map-deriver'

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
  onDeriveProgress?: (progress: DeriveProgress) => void
  /**
   * Keep the heatmap packed on disk after each refresh of the derived figures, so the app's
   * heatmap opens from the files (the app; a command line run has no heatmap to open).
   */
  prepareHeatmap?: boolean
  /** The built worker script (out/main/worker.js); from source, the pool finds its own entry. */
  workerScript?: string
  /** How many worker threads (default: one per core). */
  workerThreads?: number
  /** The shell can offer weak token storage (Electron on Linux without a keyring). */
  plainTextOptInAvailable?: boolean
  /** Per-request time limit for Strava API calls (tests shorten it). */
  requestTimeoutMs?: number
}

const RATE_LIMIT_SETTING = 'rate_limit_state'
const API_BASE_SETTING = 'strava_api_base'

/** Every kind of figures derived from stored streams, computed in the background. */
const DERIVERS: readonly ((db: AppDb) => Deriver)[] = [createLabDeriver, () => mapDeriver]

/**
 * Builds the core's parts from what a shell passes in. Internal: shells get the face
 * (`openTrailkeep`, core/index.ts); tests may reach the parts.
 */
export async function createCore(options: CoreOptions) {
  const clock = options.clock ?? systemClock
  const fetchFn = options.fetch ?? globalThis.fetch
  configureLogging({ folder: join(options.dataDir, 'logs') })
  const database: OpenedDatabase = openDatabase(databasePath(options.dataDir), {
    nativeBinding: options.nativeBinding,
  })
  try {
    const { db } = database
    const { dataDir, nativeBinding } = options
    const vault = new SecretVault(await options.resolveProtection(db))
    const oauth: OAuthEndpoints = { origin: options.endpoints.oauthOrigin, fetch: fetchFn }
    const credentials = new CredentialsStore(db, vault, clock, options.environmentCredentials)
    const tokens = new TokenManager({
      store: new ConnectionStore(db),
      vault,
      credentials,
      oauth,
      clock,
    })
    const auth = new AuthService({
      tokens,
      credentials,
      vault,
      oauth,
      clock,
      openExternal: options.openExternal,
      allowMemoryOnlyTokens: options.allowMemoryOnlyTokens,
      deleteLocalData: () => deleteLibrary({ db, dataDir }),
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
    const workers = createWorkerPool({
      script: options.workerScript,
      threads: options.workerThreads,
    })
    const derivers = DERIVERS.map((create) => create(db))
    const afterRefresh = options.prepareHeatmap
      ? () => preparePackFiles(db, heatPackFolder(dataDir))
      : undefined
    const derived = new DerivedData(
      { db, workers, clock },
      derivers,
      options.onDeriveProgress,
      afterRefresh,
    )
    const close = () => {
      // A connection waiting for the browser, or a running sync, must not touch a closed database.
      auth.cancelConnect()
      sync.cancel()
      derived.cancel()
      void workers.close()
      database.close()
    }
    const plainTextOptInAvailable = options.plainTextOptInAvailable ?? false
    return {
      database,
      db,
      dataDir,
      nativeBinding,
      plainTextOptInAvailable,
      clock,
      vault,
      credentials,
      tokens,
      auth,
      api,
      limiter,
      sync,
      workers,
      derived,
      fetch: fetchFn,
      close,
    }
  } catch (error) {
    database.close()
    throw error
  }
}

/** The core's parts, for its own modules and for tests. Shells use the face instead. */
export type CoreParts = Awaited<ReturnType<typeof createCore>>
