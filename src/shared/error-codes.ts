/**
 * Every error code a failure can carry, from the core, the bridge or the shell. Code decides on
 * `code`, never on message text; the message is the one sentence a user reads.
 */
export const ERROR_CODES = [
  'NOT_CONFIGURED',
  'NOT_CONNECTED',
  'RECONNECT_REQUIRED',
  'CONNECT_IN_PROGRESS',
  'CONNECT_CANCELLED',
  'CONNECT_TIMEOUT',
  'ACCESS_DENIED',
  'SCOPE_MISSING',
  'INVALID_CREDENTIALS',
  'NO_SAFE_STORAGE',
  'APP_INACTIVE',
  'RATE_LIMITED',
  'STRAVA_HTTP',
  'STRAVA_RESPONSE',
  'NETWORK',
  'INVALID_INPUT',
  'SYNC_BUSY',
  'DB_TOO_NEW',
  'DB_DAMAGED',
  'DB_FOREIGN',
  'DB_FULL',
  'DB_READONLY',
  'DB',
  'NOT_FOUND',
  'FILE_EXISTS',
  'FILE_ACCESS',
  'ARCHIVE_INVALID',
  /** An archive (or one of its files) unpacks to more than Trailkeep will read. */
  'ARCHIVE_TOO_LARGE',
  'LIBRARY_IN_USE',
  /** The chosen base map is not a PMTiles file the maps can draw. */
  'BASE_MAP_INVALID',
  /** The base map file the user chose is gone (moved or deleted). */
  'BASE_MAP_MISSING',
  /** A new passphrase shorter than the minimum. */
  'PASSPHRASE_TOO_SHORT',
  /** A call from a frame that is not the app's own page. */
  'FORBIDDEN',
  /** An unexpected failure inside Trailkeep (a bug): no detail crosses the bridge. */
  'INTERNAL',
  /** The page lost its connection to the core (web shell). */
  'BRIDGE_CLOSED',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

/** A failure as it crosses the bridge: a stable code and one sentence, nothing else. */
export interface ErrorDto {
  code: ErrorCode
  message: string
}
