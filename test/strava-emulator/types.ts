/** Public types of the Strava API emulator (test-only, never imported by src/). */

export interface EmulatorClock {
  now(): number
}

export interface RateLimits {
  overall15: number
  overallDaily: number
  read15: number
  readDaily: number
}

export type FaultKind =
  | 'server-error'
  | 'timeout'
  | 'malformed-json'
  | 'reset'
  | 'rate-limited'
  | 'huge-body'
  | 'wrong-content-type'
  /** Answers 503 after `status` milliseconds of real time. */
  | 'slow'

export interface Fault {
  path: RegExp
  kind: FaultKind
  times: number
  status?: number
}

export interface EmulatorOptions {
  port?: number
  clock?: EmulatorClock
  seed?: number
  activityCount?: number
  accessTokenLifetimeSeconds?: number
  rotation?: 'always' | 'never'
  rateLimits?: Partial<RateLimits>
  clientId?: string
  clientSecret?: string
  latencyMs?: number
  /** The athlete's name as Strava returns it (tests give it hostile characters). */
  athleteName?: AthleteName
}

export interface AthleteName {
  firstname: string
  lastname: string
}

export type SportType =
  | 'Run'
  | 'TrailRun'
  | 'Ride'
  | 'GravelRide'
  | 'VirtualRide'
  | 'Walk'
  | 'Hike'
  | 'Swim'
  | 'WeightTraining'

export type Visibility = 'everyone' | 'followers_only' | 'only_me'

export type LatLng = [number, number]

/** One activity of the dataset: Strava's summary fields, detail extras and the stream seed. */
export interface EmulatorActivity {
  id: number
  name: string
  description: string | null
  sport_type: SportType
  type: string
  workout_type: number | null
  distance: number
  moving_time: number
  elapsed_time: number
  total_elevation_gain: number
  start_date: string
  start_date_local: string
  timezone: string
  utc_offset: number
  location_country: string
  achievement_count: number
  kudos_count: number
  map: { id: string; summary_polyline: string | null }
  trainer: boolean
  commute: boolean
  manual: boolean
  private: boolean
  visibility: Visibility
  gear_id: string | null
  start_latlng: LatLng | []
  end_latlng: LatLng | []
  average_speed: number
  max_speed: number
  average_cadence?: number
  average_watts?: number
  has_heartrate: boolean
  average_heartrate?: number
  max_heartrate?: number
  elev_high?: number
  elev_low?: number
  upload_id: number | null
  external_id: string | null
  calories: number
  device_name: string | null
  /** Drives the route, the full polyline and the streams, which are generated on request. */
  seed: number
}

export type ActivityPatch = Partial<
  Pick<EmulatorActivity, 'name' | 'sport_type' | 'private' | 'description'>
>

export interface EmulatorStats {
  apiRequests: number
  apiRequestsByRoute: Record<string, number>
  rateLimited: number
  tokenExchanges: number
  tokenRefreshes: number
  refreshTokenReuse: number
  invalidRefresh: number
  deauthorizations: number
  unauthorized: number
}

export interface RateLimitUsage {
  overall15?: number
  overallDaily?: number
  read15?: number
  readDaily?: number
}

export interface AuthorizeOptions {
  deny?: boolean
  grantedScope?: string
}

export interface StravaEmulator {
  url: string
  clientId: string
  clientSecret: string
  close(): Promise<void>
  /** Acts as the user's browser on the authorize page and returns the redirect URL. */
  authorize(authorizeUrl: string, opts?: AuthorizeOptions): string
  faults: Fault[]
  stats: EmulatorStats
  activities: EmulatorActivity[]
  editActivity(id: number, patch: ActivityPatch): void
  deleteActivity(id: number): void
  addActivity(partial?: Partial<EmulatorActivity>): EmulatorActivity
  revokeAll(): void
  expireAccessTokens(): void
  /** Every authorization code, access token and refresh token issued so far (leak tests). */
  issuedSecrets(): string[]
  setRateLimitUsage(usage: RateLimitUsage): void
}
