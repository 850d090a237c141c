import { app } from 'electron'
import { forgetOwnVariables, readEnvironmentOverrides, type EnvironmentOverrides } from '../core'

/**
 * A packaged app takes its Strava hosts and credentials from nothing but its own settings:
 * another program of the same user could start it pointed at its own "Strava" and receive the
 * decrypted refresh token. Unpackaged (development, tests, the demo), the environment decides.
 * Either way Trailkeep's variables leave the process once read, so the system browser opened
 * for connect never inherits a passphrase or client secret.
 */
export function takeEnvironmentOverrides(
  env: NodeJS.ProcessEnv = process.env,
): EnvironmentOverrides {
  const overrides = readEnvironmentOverrides(app.isPackaged ? {} : env)
  forgetOwnVariables(env)
  return overrides
}
