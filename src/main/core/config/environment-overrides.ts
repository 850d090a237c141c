import type { ClientCredentials } from '../strava/oauth'
import { resolveStravaEndpoints, type StravaEndpoints } from './strava-endpoints'

/** What the environment may decide for a shell: Strava's hosts and the user's API application. */
export interface EnvironmentOverrides {
  endpoints: StravaEndpoints
  credentials: Partial<ClientCredentials>
}

export function readEnvironmentOverrides(env: NodeJS.ProcessEnv): EnvironmentOverrides {
  return {
    endpoints: resolveStravaEndpoints(env),
    credentials: {
      clientId: env.STRAVA_CLIENT_ID?.trim() || undefined,
      clientSecret: env.STRAVA_CLIENT_SECRET?.trim() || undefined,
    },
  }
}

/** Trailkeep's own settings (TRAILKEEP_*, STRAVA_*): the passphrase and the client secret among them. */
const OWN_VARIABLE = /^(TRAILKEEP|STRAVA)_/i

/**
 * The environment for a program Trailkeep starts (the system browser): everything but its own
 * settings, so a child process never receives the passphrase or the client secret.
 */
export function environmentForChildren(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !OWN_VARIABLE.test(name)))
}

/** Removes Trailkeep's own settings from this process's environment once they are read. */
export function forgetOwnVariables(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env)) if (OWN_VARIABLE.test(name)) delete env[name]
}
