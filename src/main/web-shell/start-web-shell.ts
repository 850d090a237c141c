import { fileURLToPath } from 'node:url'
import { createAppHandlers } from '../core/bridge/app-handlers'
import { resolveDataDir } from '../core/config/data-dir'
import { resolveStravaBaseUrl } from '../core/config/strava-config'
import { createCore, type TrailkeepCore } from '../core/create-core'
import { resolvePassphraseProtection } from '../core/crypto/passphrase-protection'
import { startWebShellServer, type WebShellServer } from './bridge-server'
import { bundleBridgeClient } from './bundle-client'

export interface WebShell {
  server: WebShellServer
  core: TrailkeepCore
  close(): Promise<void>
}

const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url))

/** The core in Node with the browser UI over a local bridge: the app where Electron cannot start. */
export async function startWebShell(
  env: NodeJS.ProcessEnv,
  options: { rendererDir?: string; port?: number } = {},
): Promise<WebShell> {
  let server: WebShellServer | undefined
  const core = await createCore({
    dataDir: resolveDataDir(env),
    baseUrl: resolveStravaBaseUrl(env),
    resolveProtection: (db) => resolvePassphraseProtection(db, env.TRAILKEEP_PASSPHRASE),
    openExternal: async (url) => server?.openExternal(url),
    allowMemoryOnlyTokens: true,
    environmentCredentials: {
      clientId: env.STRAVA_CLIENT_ID?.trim() || undefined,
      clientSecret: env.STRAVA_CLIENT_SECRET?.trim() || undefined,
    },
    onConnectionChange: (status) => server?.broadcast('auth:changed', status),
  })
  try {
    server = await startWebShellServer({
      handlers: createAppHandlers(core),
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      bridgeClientJs: await bundleBridgeClient(),
      port: options.port,
    })
  } catch (error) {
    core.close()
    throw error
  }
  const started = server
  return {
    server: started,
    core,
    close: async () => {
      await started.close()
      core.close()
    },
  }
}
