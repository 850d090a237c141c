import { spawn } from 'node:child_process'
import { resolveDataDir } from '../core/config/data-dir'
import { resolveStravaBaseUrl } from '../core/config/strava-config'
import { createCore, type TrailkeepCore } from '../core/create-core'
import { resolvePassphraseProtection } from '../core/crypto/passphrase-protection'
import type { SyncProgressDto } from '../../shared/dto'
import type { CliIo } from './io'

/** The core as the command line runs it: passphrase cipher, environment overrides, no memory-only tokens. */
export function openCliCore(
  io: CliIo,
  onSyncProgress?: (progress: SyncProgressDto) => void,
): Promise<TrailkeepCore> {
  const { env } = io
  return createCore({
    dataDir: resolveDataDir(env),
    baseUrl: resolveStravaBaseUrl(env),
    resolveProtection: (db) =>
      resolvePassphraseProtection(db, env.TRAILKEEP_PASSPHRASE, (notice) =>
        io.stderr(`${notice}\n`),
      ),
    openExternal: io.openExternal ?? openSystemBrowser,
    allowMemoryOnlyTokens: false,
    onSyncProgress,
    clock: io.clock,
    environmentCredentials: {
      clientId: env.STRAVA_CLIENT_ID?.trim() || undefined,
      clientSecret: env.STRAVA_CLIENT_SECRET?.trim() || undefined,
    },
  })
}

/** Best effort: the URL is printed anyway, so a missing opener is not an error. */
async function openSystemBrowser(url: string): Promise<void> {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]]
  await new Promise<void>((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => resolve())
    child.on('spawn', () => {
      child.unref()
      resolve()
    })
  })
}
