import type { SyncProgressDto } from '../../shared/dto'
import {
  openTrailkeep,
  readEnvironmentOverrides,
  resolveDataDir,
  resolvePassphraseProtection,
  type Trailkeep,
} from '../core'
import type { CliIo } from './io'
import { openSystemBrowser } from './system-browser'

/**
 * The core as the command line runs it, through the same factory as the app: passphrase cipher,
 * environment overrides, no memory-only tokens.
 */
export function openCliCore(
  io: CliIo,
  onSyncProgress?: (progress: SyncProgressDto) => void,
): Promise<Trailkeep> {
  const { env } = io
  const overrides = readEnvironmentOverrides(env)
  return openTrailkeep({
    dataDir: resolveDataDir(env),
    endpoints: overrides.endpoints,
    resolveProtection: (db) =>
      resolvePassphraseProtection(db, env.TRAILKEEP_PASSPHRASE, (notice) =>
        io.stderr(`${notice}\n`),
      ),
    openExternal: io.openExternal ?? ((url) => openSystemBrowser(url, env)),
    allowMemoryOnlyTokens: false,
    clock: io.clock,
    workerScript: io.workerScript,
    environmentCredentials: overrides.credentials,
    events: { syncProgress: onSyncProgress },
  })
}

/** Runs `work` on an open core and always closes it. */
export async function withCliCore<T>(
  io: CliIo,
  work: (core: Trailkeep) => Promise<T>,
  onSyncProgress?: (progress: SyncProgressDto) => void,
): Promise<T> {
  const core = await openCliCore(io, onSyncProgress)
  try {
    return await work(core)
  } finally {
    core.close()
  }
}
