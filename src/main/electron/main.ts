/**
 * The Electron composition root: builds the core with Electron's adapters and wires the window.
 * Decisions live in src/main/core; this file only connects the pieces.
 */
import { app, dialog, protocol, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startAppSession, type AppSession } from '../core/app-session'
import { LIBRARY_SUBFOLDER } from '../core/config/data-dir'
import { resolveStravaBaseUrl } from '../core/config/strava-config'
import { z } from 'zod'
import { readJsonSetting, writeSetting } from '../core/db/settings-repo'
import { isAppError } from '../core/errors'
import { readPlainTextOptIn } from '../core/settings/read-settings'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { createAppUrlCheck } from './app-url'
import { createElectronFileDialogs } from './file-dialogs'
import { registerIpcHandlers, sendEvent } from './ipc'
import { findElectronSqliteBinding } from './native-binding'
import { createSafeStorageProtection } from './safe-storage-cipher'
import { installSecurityHandlers } from './security'
import { createMainWindow, rendererPaths } from './window'

const WINDOW_BOUNDS = 'window_bounds'

const mainDir = fileURLToPath(new URL('.', import.meta.url))
const { preloadPath, rendererDir } = rendererPaths(mainDir)
const rendererUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const isAppUrl = createAppUrlCheck(rendererUrl)

let mainWindow: BrowserWindow | null = null
let session: AppSession | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  installSecurityHandlers(app, isAppUrl)
  // Privileged schemes must be registered before the app is ready.
  registerAppScheme(protocol)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void session?.close())
  void app.whenReady().then(start).catch(showFatalError)
}

async function start(): Promise<void> {
  serveAppProtocol(protocol, rendererDir)
  session = await startAppSession(
    {
      dataDir: join(app.getPath('userData'), LIBRARY_SUBFOLDER),
      baseUrl: resolveStravaBaseUrl(process.env),
      resolveProtection: (db) => createSafeStorageProtection(readPlainTextOptIn(db)),
      openExternal: (url) => shell.openExternal(url),
      allowMemoryOnlyTokens: true,
      environmentCredentials: {
        clientId: process.env.STRAVA_CLIENT_ID?.trim() || undefined,
        clientSecret: process.env.STRAVA_CLIENT_SECRET?.trim() || undefined,
      },
      nativeBinding: findElectronSqliteBinding(app.getAppPath(), app.isPackaged),
      plainTextOptInAvailable: process.platform === 'linux',
    },
    (event, payload) => sendEvent(mainWindow, event, payload),
    createElectronFileDialogs(() => mainWindow),
  )
  const running = session
  registerIpcHandlers(running.handlers, isAppUrl)
  mainWindow = createMainWindow({
    preloadPath,
    rendererUrl,
    savedBounds: readJsonSetting(running.core.db, WINDOW_BOUNDS, z.unknown()),
    onBoundsChange: (bounds) => saveWindowBounds(running, bounds),
  })
  mainWindow.on('closed', () => (mainWindow = null))
}

/** The core is read at each move: a restore from Settings replaces it. */
function saveWindowBounds(running: AppSession, bounds: unknown): void {
  try {
    writeSetting(running.core.db, WINDOW_BOUNDS, JSON.stringify(bounds))
  } catch {
    // Restoring or closing right now: the next move saves the bounds.
  }
}

/** A database that is damaged, foreign or too new is explained, never overwritten. */
function showFatalError(error: unknown): void {
  const message = isAppError(error) ? error.message : 'Trailkeep could not start.'
  dialog.showErrorBox('Trailkeep', message)
  app.quit()
}
