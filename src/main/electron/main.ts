/**
 * The Electron composition root: builds the core with Electron's adapters and wires the window.
 * Decisions live in src/main/core; this file only connects the pieces.
 */
import { app, dialog, protocol, shell, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  LIBRARY_SUBFOLDER,
  isAppError,
  readPlainTextOptIn,
  startAppSession,
  type AppSession,
} from '../core'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { createAppUrlCheck } from './app-url'
import { takeEnvironmentOverrides } from './environment'
import { createElectronFileDialogs } from './file-dialogs'
import { registerIpcHandlers, sendEvent } from './ipc'
import { findElectronSqliteBinding } from './native-binding'
import { createSafeStorageProtection } from './safe-storage-cipher'
import { installSecurityHandlers } from './security'
import { createMainWindow, rendererPaths } from './window'

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
  const overrides = takeEnvironmentOverrides()
  serveAppProtocol(protocol, rendererDir)
  session = await startAppSession(
    {
      dataDir: join(app.getPath('userData'), LIBRARY_SUBFOLDER),
      endpoints: overrides.endpoints,
      resolveProtection: (db) => createSafeStorageProtection(readPlainTextOptIn(db)),
      openExternal: (url) => shell.openExternal(url),
      allowMemoryOnlyTokens: true,
      environmentCredentials: overrides.credentials,
      nativeBinding: findElectronSqliteBinding(app.getAppPath(), app.isPackaged),
      workerScript: join(mainDir, 'worker.js'),
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
    savedBounds: running.core.settings.readWindowBounds(),
    onBoundsChange: (bounds) => saveWindowBounds(running, bounds),
  })
  mainWindow.on('closed', () => (mainWindow = null))
}

/** The core is read at each move: a restore from Settings replaces it. */
function saveWindowBounds(running: AppSession, bounds: unknown): void {
  try {
    running.core.settings.saveWindowBounds(bounds)
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
