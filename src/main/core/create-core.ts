import type { ConnectionStatusDto } from '../../shared/dto'
import { AuthService } from './auth/auth-service'
import { ConnectionStore } from './auth/connection-store'
import { CredentialsStore } from './auth/credentials'
import { SecretVault } from './auth/secret-vault'
import { TokenManager } from './auth/token-manager'
import { systemClock, type Clock } from './clock'
import { databasePath } from './config/data-dir'
import type { SecretProtection } from './crypto/secret-cipher'
import { openDatabase, type AppDb, type OpenedDatabase } from './db/open-database'
import { deleteLibraryData } from './db/library-repo'
import { createStravaApi } from './strava/api-client'
import type { FetchFn } from './strava/http'
import type { ClientCredentials, OAuthEndpoints } from './strava/oauth'

export interface CoreOptions {
  dataDir: string
  baseUrl: string
  /** Decided by the shell; may read the database (the passphrase salt lives there). */
  resolveProtection: (db: AppDb) => Promise<SecretProtection>
  openExternal: (url: string) => Promise<void>
  allowMemoryOnlyTokens: boolean
  environmentCredentials?: Partial<ClientCredentials>
  fetch?: FetchFn
  clock?: Clock
  nativeBinding?: string
  onConnectionChange?: (status: ConnectionStatusDto) => void
}

/** Builds the Electron-free core from what a shell passes in. The composition root of every shell. */
export async function createCore(options: CoreOptions) {
  const clock = options.clock ?? systemClock
  const fetchFn = options.fetch ?? globalThis.fetch
  const database: OpenedDatabase = openDatabase(databasePath(options.dataDir), {
    nativeBinding: options.nativeBinding,
  })
  try {
    const { db } = database
    const vault = new SecretVault(await options.resolveProtection(db))
    const oauth: OAuthEndpoints = { baseUrl: options.baseUrl, fetch: fetchFn }
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
      deleteLocalData: () => deleteLibraryData(db),
      onChange: options.onConnectionChange,
    })
    const api = createStravaApi({ baseUrl: options.baseUrl, fetch: fetchFn, clock, tokens })
    return {
      database,
      db,
      clock,
      vault,
      credentials,
      tokens,
      auth,
      api,
      close: () => database.close(),
    }
  } catch (error) {
    database.close()
    throw error
  }
}

export type TrailkeepCore = Awaited<ReturnType<typeof createCore>>
