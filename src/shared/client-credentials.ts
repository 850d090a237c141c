/**
 * What a Strava Client ID and Client Secret look like, and the sentence for each way a typed
 * value can be wrong. The core and the setup form check with the same rules; Strava itself
 * judges the values on connect.
 */
const CLIENT_ID_PATTERN = /^[0-9]{1,12}$/
const CLIENT_SECRET_PATTERN = /^[A-Za-z0-9_-]{8,128}$/

export const STRAVA_API_SETTINGS_URL = 'https://www.strava.com/settings/api'

export type CredentialField = 'clientId' | 'clientSecret'
export type CredentialProblems = Partial<Record<CredentialField, string>>

/** The sentence for a Client ID as typed, or null when it has the right shape. */
export function checkClientId(value: string): string | null {
  const trimmed = value.trim()
  if (trimmed === '') return 'Enter the Client ID: the number shown at strava.com/settings/api.'
  if (!CLIENT_ID_PATTERN.test(trimmed)) {
    return 'The Client ID is the number shown at strava.com/settings/api (digits only).'
  }
  return null
}

/** The sentence for a Client Secret as typed, or null when it has the right shape. */
export function checkClientSecret(value: string): string | null {
  const trimmed = value.trim()
  if (trimmed === '') {
    return 'Enter the Client Secret: the long code shown after "Client Secret" at strava.com/settings/api.'
  }
  if (!CLIENT_SECRET_PATTERN.test(trimmed)) {
    return 'The Client Secret is the long code shown after "Client Secret" at strava.com/settings/api (letters and digits, about 40 of them).'
  }
  return null
}

/** Every field's problem; an empty object when both have the right shape. */
export function checkClientCredentials(input: {
  clientId: string
  clientSecret: string
}): CredentialProblems {
  const problems: CredentialProblems = {}
  const clientId = checkClientId(input.clientId)
  const clientSecret = checkClientSecret(input.clientSecret)
  if (clientId) problems.clientId = clientId
  if (clientSecret) problems.clientSecret = clientSecret
  return problems
}
