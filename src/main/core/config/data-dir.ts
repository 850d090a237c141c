import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Trailkeep'
export const DATABASE_FILE = 'trailkeep.sqlite'
/** Inside Electron's userData, which Chromium also writes into. */
export const LIBRARY_SUBFOLDER = 'library'

/** Electron's userData for this app, computed the way Electron does for each OS. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME)
}

/**
 * The folder holding the database. The command line shares the desktop app's library by
 * default, so scheduled backups fill the same history the app shows.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.TRAILKEEP_DATA_DIR?.trim()
  if (override) return override
  return join(defaultUserDataDir(process.platform, env), LIBRARY_SUBFOLDER)
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE)
}
