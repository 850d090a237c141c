import { fileURLToPath } from 'node:url'
import {
  readEnvironmentOverrides,
  resolveDataDir,
  resolvePassphraseProtection,
  startAppSession,
  type Clock,
  type Trailkeep,
} from '../core'
import { startWebShellServer, type WebShellServer } from './bridge-server'
import { bundleBridgeClient } from './bundle-client'
import { createWebShellFileDialogs } from './file-dialogs'

export interface WebShell {
  server: WebShellServer
  /** The running core (a restore from Settings replaces it). */
  readonly core: Trailkeep
  close(): Promise<void>
}

const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url))

/** The core in Node with the browser UI over a local bridge: the app where Electron cannot start. */
export async function startWebShell(
  env: NodeJS.ProcessEnv,
  options: { rendererDir?: string; port?: number; clock?: Clock } = {},
): Promise<WebShell> {
  let server: WebShellServer | undefined
  const overrides = readEnvironmentOverrides(env)
  const session = await startAppSession(
    {
      dataDir: resolveDataDir(env),
      endpoints: overrides.endpoints,
      resolveProtection: (db) => resolvePassphraseProtection(db, env.TRAILKEEP_PASSPHRASE),
      openExternal: async (url) => server?.openExternal(url),
      allowMemoryOnlyTokens: true,
      environmentCredentials: overrides.credentials,
      clock: options.clock,
    },
    (event, payload) => server?.broadcast(event, payload),
    createWebShellFileDialogs(resolveDataDir(env), env),
  )
  try {
    server = await startWebShellServer({
      handlers: session.handlers,
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      bridgeClientJs: await bundleBridgeClient(),
      port: options.port,
    })
  } catch (error) {
    await session.close()
    throw error
  }
  const started = server
  return {
    server: started,
    get core() {
      return session.core
    },
    close: async () => {
      await started.close()
      await session.close()
    },
  }
}
