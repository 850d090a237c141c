import { isErrorCode, type ErrorCode } from '../../shared/error-codes'

/**
 * What the screen says for each error code when the failure brings no sentence of its own (the
 * core's sentences are specific and win). One place, so every code has words.
 */
export const ERROR_SENTENCES: Record<ErrorCode, string> = {
  NOT_CONFIGURED: 'Enter your Strava API application’s Client ID and Secret first.',
  NOT_CONNECTED: 'Trailkeep is not connected to Strava.',
  RECONNECT_REQUIRED: 'Connect to Strava again to continue; your backup is kept.',
  CONNECT_IN_PROGRESS: 'A connection is already waiting for you in the browser.',
  CONNECT_CANCELLED: 'Connecting to Strava was cancelled.',
  CONNECT_TIMEOUT: 'No answer came from Strava in time. Try connecting again.',
  ACCESS_DENIED: 'Strava did not allow Trailkeep in. Try connecting again.',
  SCOPE_MISSING: 'Trailkeep needs permission to read your activities. Connect again and allow it.',
  INVALID_CREDENTIALS: 'Strava did not accept the Client ID or Client Secret.',
  NO_SAFE_STORAGE: 'There is no safe place on this computer to keep your Strava access.',
  APP_INACTIVE: 'Your Strava API application is inactive. Your backup is kept.',
  RATE_LIMITED: 'Strava’s request limit is reached for now; Trailkeep continues later.',
  STRAVA_HTTP: 'Strava is having trouble right now. Try again later.',
  STRAVA_RESPONSE: 'Strava sent an answer Trailkeep could not read. Try again later.',
  NETWORK: 'Strava could not be reached. Check your internet connection and try again.',
  INVALID_INPUT: 'Trailkeep could not use that value.',
  SYNC_BUSY: 'A sync is already running.',
  DB_TOO_NEW: 'This library was made by a newer Trailkeep. Update Trailkeep to open it.',
  DB_DAMAGED: 'The library file is damaged. Restore a backup from Settings.',
  DB_FOREIGN: 'That file is not a Trailkeep library.',
  DB_FULL: 'The disk holding your Trailkeep data is full. Nothing already saved was lost.',
  DB_READONLY: 'Trailkeep cannot write to its data folder. Check its permissions.',
  DB: 'Trailkeep could not read or write its data. Nothing already saved was lost.',
  NOT_FOUND: 'That activity is not in your backup.',
  FILE_EXISTS: 'A file with that name already exists.',
  FILE_ACCESS: 'That file could not be read or written.',
  ARCHIVE_INVALID: 'That archive is not a Strava export Trailkeep can read.',
  ARCHIVE_TOO_LARGE: 'That archive unpacks to more than Trailkeep will read.',
  PASSPHRASE_TOO_SHORT: 'Choose a passphrase of at least 12 characters.',
  BASE_MAP_INVALID: 'That file is not a PMTiles base map Trailkeep can show.',
  BASE_MAP_MISSING: 'The base map file is gone. Choose it again in Settings → Maps.',
  LIBRARY_IN_USE: 'The library is busy for a moment. Try again.',
  FORBIDDEN: 'That request was refused.',
  INTERNAL: 'Something went wrong inside Trailkeep.',
  BRIDGE_CLOSED: 'Lost the connection to Trailkeep. Reload the page.',
}

/** The code of a failure from the bridge, when it carries a known one. */
export function errorCodeOf(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code
  return isErrorCode(code) ? code : null
}

/** The one sentence to show for a failure. */
export function errorMessage(error: unknown): string {
  const own = error instanceof Error ? error.message.trim() : ''
  const code = errorCodeOf(error)
  if (own && code) return own
  return code ? ERROR_SENTENCES[code] : 'Something went wrong.'
}
