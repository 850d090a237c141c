/** Strava's error bodies: {"message", "errors": [{resource, field, code}]}. */

export function stravaError(message: string, resource: string, field: string, code: string) {
  return { message, errors: [{ resource, field, code }] }
}

export const INVALID_CLIENT = stravaError('Bad Request', 'Application', 'client_id', 'invalid')
export const INVALID_CODE = stravaError('Bad Request', 'AuthorizationCode', 'code', 'invalid')
export const INVALID_REFRESH = stravaError(
  'Bad Request',
  'RefreshToken',
  'refresh_token',
  'invalid',
)
export const INVALID_GRANT_TYPE = stravaError('Bad Request', 'Application', 'grant_type', 'invalid')
export const INVALID_ACCESS = stravaError(
  'Authorization Error',
  'Athlete',
  'access_token',
  'invalid',
)
export const MISSING_ACTIVITY_READ = stravaError(
  'Authorization Error',
  'AccessToken',
  'activity:read_permission',
  'missing',
)
export const ACTIVITY_NOT_FOUND = stravaError('Record Not Found', 'Activity', 'id', 'invalid')
export const ROUTE_NOT_FOUND = { message: 'Record Not Found', errors: [] }
export const SERVER_ERROR = { message: 'Internal Server Error' }

export function rateLimitExceeded(field: string) {
  return stravaError('Rate Limit Exceeded', 'Application', field, 'exceeded')
}

export function invalidParameter(field: string) {
  return stravaError('Bad Request', 'Application', field, 'invalid')
}
