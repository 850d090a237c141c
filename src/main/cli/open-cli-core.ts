import { resolveDataDir } from '../core/config/data-dir'
import { readEnvironmentOverrides } from '../core/config/environment-overrides'
import { createCore, type TrailkeepCore } from '../core/create-core'
import { resolvePassphraseProtection } from '../core/crypto/passphrase-protection'
import type { SyncProgressDto } from '../../shared/dto'
import type { CliIo } from './io'
import { openSystemBrowser } from './system-browser'

/** The core as the command line runs it: passphrase cipher, environment overrides, no memory-only tokens. */
export function openCliCore(
  io: CliIo,
  onSyncProgress?: (progress: SyncProgressDto) => void,
): Promise<TrailkeepCore> {
  const { env } = io
  const overrides = readEnvironmentOverrides(env)
  return createCore({
    dataDir: resolveDataDir(env),
    endpoints: overrides.endpoints,
    resolveProtection: (db) => resolvePassphraseProtection(db, env.TRAILKEEP_PASSPHRASE),
    openExternal: io.openExternal ?? ((url) => openSystemBrowser(url, env)),
    allowMemoryOnlyTokens: false,
    onSyncProgress,
    clock: io.clock,
    environmentCredentials: overrides.credentials,
  })
}
