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
  | 'DB'

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
