export type ErrorCode =
  | 'NOT_CONFIGURED'
  | 'NOT_CONNECTED'
  | 'RECONNECT_REQUIRED'
  | 'CONNECT_IN_PROGRESS'
  | 'CONNECT_CANCELLED'
  | 'CONNECT_TIMEOUT'
  | 'ACCESS_DENIED'
  | 'SCOPE_MISSING'
  | 'INVALID_CREDENTIALS'
  | 'NO_SAFE_STORAGE'
  | 'APP_INACTIVE'
  | 'RATE_LIMITED'
  | 'STRAVA_HTTP'
  | 'STRAVA_RESPONSE'
  | 'NETWORK'
  | 'INVALID_INPUT'
  | 'SYNC_BUSY'
  | 'DB_TOO_NEW'
  | 'DB_DAMAGED'
  | 'DB_FOREIGN'
  | 'DB_FULL'
  | 'DB_READONLY'
  | 'DB'
  | 'NOT_FOUND'
  | 'FILE_EXISTS'
  | 'FILE_ACCESS'
  | 'ARCHIVE_INVALID'
  | 'ARCHIVE_TOO_LARGE'
  | 'LIBRARY_IN_USE'
  | 'PASSPHRASE_TOO_SHORT'

/** An expected failure: `message` is the one sentence a user reads; callers switch on `code`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'AppError'
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code)
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}

const STORAGE_ERRORS: Record<string, [ErrorCode, string]> = {
  SQLITE_FULL: [
    'DB_FULL',
    'The disk holding your Trailkeep data is full. Free some space; nothing already saved was lost.',
  ],
  SQLITE_READONLY: [
    'DB_READONLY',
    'Trailkeep cannot write to its data folder (it is read-only). Check its permissions; nothing was lost.',
  ],
  SQLITE_CANTOPEN: [
    'DB_READONLY',
    'Trailkeep cannot open its data folder. Check that it exists and that you may write to it.',
  ],
  SQLITE_IOERR: [
    'DB',
    'Trailkeep could not read or write its data (a disk error). Nothing already saved was lost.',
  ],
  SQLITE_BUSY: ['DB', 'The Trailkeep database is busy in another process. Try again in a moment.'],
  ENOSPC: [
    'DB_FULL',
    'The disk holding your Trailkeep data is full. Free some space; nothing already saved was lost.',
  ],
  EACCES: [
    'DB_READONLY',
    'Trailkeep may not write to its data folder. Check its permissions; nothing was lost.',
  ],
  ENOTDIR: [
    'DB_READONLY',
    'Trailkeep cannot use its data folder: part of its path is a file. Choose another folder.',
  ],
  EROFS: [
    'DB_READONLY',
    'Trailkeep cannot write to its data folder (it is read-only). Check its permissions; nothing was lost.',
  ],
}

/** Turns storage failures (SQLite, file system) into the one sentence a user can act on. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  const match = Object.entries(STORAGE_ERRORS).find(
    ([prefix]) => code === prefix || code.startsWith(`${prefix}_`),
  )
  return match ? new AppError(match[1][0], match[1][1], { cause: error }) : null
}
