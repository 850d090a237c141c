/** Plain data about backed-up activities, for screens and the command line. No row shapes. */

/** The per-sample series Strava offers; mirrors the core's STREAM_KEYS. */
export type StreamKey =
  | 'time'
  | 'distance'
  | 'latlng'
  | 'altitude'
  | 'velocity_smooth'
  | 'heartrate'
  | 'cadence'
  | 'watts'
  | 'temp'
  | 'moving'
  | 'grade_smooth'

export type StreamData = number[] | [number, number][] | boolean[]

/**
 * Where an activity's record came from: Strava's API (once it lists the activity), the athlete's
 * bulk export, or a device file alone.
 */
export type ActivitySourceDto = 'strava' | 'export' | 'file'

export interface ActivityListItemDto {
  /**
   * Strava's id: above 2^32, below 2^53, so a plain number is exact. An activity known only from
   * a device file has a stable negative local id until Strava lists it.
   */
  id: number
  name: string
  sportType: string
  /** ISO 8601 UTC. */
  startDate: string
  /** Wall-clock time at the start place as Strava sends it (its trailing `Z` is not UTC). */
  startDateLocal: string
  /** Metres. */
  distance: number
  /** Seconds. */
  movingTime: number
  /** Seconds. */
  elapsedTime: number
  /** Metres. */
  totalElevationGain: number
  /** ISO 8601 UTC of when the activity was found deleted on Strava, or null while it is there. */
  deletedAt: string | null
  /** True when any stream of the activity is stored. */
  hasStreams: boolean
  /** True while the streams are still to be fetched (false once stored, or when Strava has none). */
  streamsPending: boolean
  isPrivate: boolean
  isManual: boolean
  /** Google encoded polyline; null for manual and indoor activities. */
  summaryPolyline: string | null
  source: ActivitySourceDto
}

export interface LapDto {
  /** 1-based position in the activity. */
  index: number
  name: string
  distance: number
  movingTime: number
  elapsedTime: number
  totalElevationGain: number | null
  /** Metres per second. */
  averageSpeed: number | null
  averageHeartrate: number | null
  maxHeartrate: number | null
  averageCadence: number | null
}

export interface SplitDto {
  /** 1-based kilometre (splits_metric). */
  split: number
  distance: number
  movingTime: number
  elapsedTime: number
  elevationDifference: number | null
  averageSpeed: number | null
  averageHeartrate: number | null
}

/** Where one part of an activity came from: Strava's API, the athlete's export, a device file. */
export type FieldOriginDto = 'strava' | 'export' | 'file'

/** Where each part of the detail came from (null: the activity has none of it). */
export interface DetailOriginsDto {
  streams: FieldOriginDto | null
  description: FieldOriginDto | null
  laps: FieldOriginDto | null
  device: FieldOriginDto | null
  calories: FieldOriginDto | null
  gear: FieldOriginDto | null
}

export interface ActivityDetailDto extends ActivityListItemDto {
  /** Null when the detail has not been fetched yet or the athlete wrote none. */
  description: string | null
  calories?: number
  deviceName?: string
  gearName?: string
  laps: LapDto[]
  splits: SplitDto[]
  /** Null when no streams are stored (not fetched yet, or none exist). */
  streams: Partial<Record<StreamKey, StreamData>> | null
  /** Strava's answers for the streams could not be read, so the sync stopped asking for them. */
  streamsGivenUp: boolean
  /** "View on Strava" link; null for an activity known only from a device file. */
  stravaUrl: string | null
  origins: DetailOriginsDto
  /** The original recorded file is kept (export it with the "original" format). */
  hasOriginal: boolean
  /**
   * Strava's own detail was never fetched (the export and the file answered the sync instead):
   * opening the activity may fetch it.
   */
  stravaDetailMissing: boolean
}

export interface TotalsRowDto {
  /** ISO week `2024-W05`, month `2024-05` or year `2024`, all of startDateLocal. */
  period: string
  sportType: string
  count: number
  /** Metres. */
  distance: number
  /** Seconds. */
  movingTime: number
  /** Metres. */
  elevationGain: number
}

export interface TotalsDto {
  /** Oldest period first; within a period, sport types in alphabetical order. */
  rows: TotalsRowDto[]
}

export interface ActivityPageDto {
  items: ActivityListItemDto[]
  /** Every activity matching the query, not only this page. */
  total: number
  offset: number
  limit: number
}
