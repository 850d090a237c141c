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
  /** 401 whatever the token: Strava refusing an access token it just issued. */
  | 'unauthorized'
  /** Answers 503 after `status` milliseconds of real time. */
  | 'slow'

export interface Fault {
  path: RegExp
  kind: FaultKind
  times: number
  status?: number
}

/** The legacy `/api/v3` path on the OAuth origin: serving, or retired with 404 or 410. */
export type LegacyApiState = 'serving' | 'retired-404' | 'retired-410'

export interface EmulatorOptions {
  port?: number
  /** Port of the API's own origin (as from 2027: no /api/v3 prefix); default ephemeral. */
  apiPort?: number
  legacyApi?: LegacyApiState
  /** Reject any token that travels outside the Authorization header (Strava from 2027-06-01). */
  strictTokens?: boolean
  /** false: /oauth/revoke answers 404, as before Strava added it. */
  revokeAvailable?: boolean
  /** true: /oauth/deauthorize answers 404, as after its retirement on 2027-06-01. */
  deauthorizeRetired?: boolean
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
  /** Streams a test chose (keyed by type), served as they are instead of generated ones. */
  streams?: Record<string, unknown[]>
  /**
   * A chosen GPS track (map tests): the `latlng` stream is exactly these points, one a sample,
   * and the polylines follow it. See chosen-track.ts.
   */
  track?: LatLng[]
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
  revocations: number
  unauthorized: number
  /** API requests that reached the legacy `/api/v3` path, and the API's own origin. */
  legacyApiRequests: number
  apiHostRequests: number
  /** Requests that carried a token in the URL or the body (counted in every mode). */
  tokensOutsideHeader: number
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
  /** The OAuth origin (/oauth/*), which also serves the legacy API under /api/v3. */
  url: string
  /** The API's own origin, without /api/v3 (Strava's 2027 host). */
  apiUrl: string
  /** `${url}/api/v3` */
  legacyApiUrl: string
  setLegacyApi(state: LegacyApiState): void
  /** 'down': nothing listens on the API origin any more (connection refused), until 'up'. */
  setApiHost(state: 'up' | 'down'): Promise<void>
  setStrictTokens(strict: boolean): void
  setRevokeAvailable(available: boolean): void
  setDeauthorizeRetired(retired: boolean): void
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
