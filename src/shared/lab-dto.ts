/** What the performance lab shows: plain data for the screens and the command line. */
import type { ThresholdEntry, ThresholdValues } from './lab-thresholds'

/** The activity a figure came from: enough to name it and to open it. */
export interface LabActivityRef {
  id: number
  name: string
  sportType: string
  /** Wall clock at the place, Strava's `start_date_local` shape (the `Z` is not UTC). */
  startDateLocal: string
  /** ISO 8601 UTC. */
  startDate: string
}

export type StoredThresholdDto = ThresholdEntry & { id: number }

/** A threshold suggested from the data; the user accepts it (a dated entry) or not. */
export interface ThresholdEstimateDto {
  kind: 'ftp' | 'maxHr' | 'thresholdPace'
  value: number
  rule: string
  activity: LabActivityRef
  /** The value in force today, to compare with. */
  current: number | null
}

export interface ThresholdsDto {
  /** Oldest first. */
  entries: StoredThresholdDto[]
  /** The values in force today (`todayDate`, this computer's calendar). */
  today: ThresholdValues
  todayDate: string
  estimates: ThresholdEstimateDto[]
}

export type StressMethod = 'power' | 'heartrate' | 'pace' | 'unscored'

/** An activity's stress score, the method that gave it and the sentence that explains it. */
export interface StressDto {
  score: number
  method: StressMethod
  explanation: string
  /** What the methods before it (or all of them, when unscored) lacked. */
  missing: string[]
}

/** One day of `trailkeep fitness --json`. */
export interface FitnessDayDto {
  date: string
  load: number
  fitness: number
  fatigue: number
  form: number
}

export interface FitnessDto {
  days: FitnessDayDto[]
  scored: number
  unscored: number
}

export interface LabDayActivityDto extends LabActivityRef {
  distance: number
  movingTime: number
  /** Null while the activity waits to be analysed. */
  stress: StressDto | null
}

export interface LabDayDto {
  date: string
  activities: LabDayActivityDto[]
  fitness: FitnessDayDto | null
}

export interface UnscoredDto {
  total: number
  /** Newest first, at most 200. */
  activities: (LabActivityRef & { missing: string[]; explanation: string })[]
}

export interface EffortDto {
  activity: LabActivityRef
  /** Metres. */
  distance: number
  seconds: number
  /** Seconds into the activity. */
  startOffset: number
  endOffset: number
}

export interface DistanceBestsDto {
  distance: number
  /** The 10 fastest of the chosen year (or of all time), fastest first, one per activity. */
  top: EffortDto[]
  /** The fastest of each year, newest year first. */
  yearBests: { year: number; effort: EffortDto }[]
}

export interface BestsDto {
  sport: string
  year: number | null
  /** Years with at least one effort, newest first. */
  years: number[]
  distances: DistanceBestsDto[]
}

export interface ProgressionDto {
  sport: string
  distance: number
  /** Every activity's best over the distance, oldest first; `record`: the fastest so far. */
  efforts: { date: string; seconds: number; activityId: number; record: boolean }[]
}

export const CURVE_STREAMS = ['watts', 'heartrate', 'velocity_smooth'] as const
export type CurveStream = (typeof CURVE_STREAMS)[number]

export interface CurvePointDto {
  seconds: number
  /** Watts, bpm or metres per second. */
  value: number
  activity: LabActivityRef
  /** Second of the activity where the best window starts. */
  startOffset: number
}

export type CriticalPowerDto =
  | {
      kind: 'fit'
      /** Watts. */
      criticalPower: number
      /** Joules. */
      wPrime: number
      /** Standard errors of the two estimates (watts, joules); 0 for a perfect fit. */
      criticalPowerError: number
      wPrimeError: number
      /** Root-mean-square gap between the points' power and the model's CP + W′ / t, watts. */
      rmseWatts: number
      /** The points used, shortest first. */
      points: { seconds: number; watts: number }[]
    }
  | { kind: 'refused'; reason: string }

export interface CurveDto {
  stream: CurveStream
  sport: string
  from: string | null
  to: string | null
  /** Shortest first; durations no activity reaches are left out. */
  points: CurvePointDto[]
  /** Power curves only: CP and W′ from the 2–20 minute points. */
  criticalPower: CriticalPowerDto | null
}

export const ZONE_BASES = ['heartrate', 'power', 'pace'] as const
export type ZoneBasisDto = (typeof ZONE_BASES)[number]

export interface ZoneModelDto {
  name: string
  basis: ZoneBasisDto
  source: string
  zones: readonly { name: string; from: number }[]
}

export const ZONE_SLOTS = ['heartrate-run', 'heartrate-ride', 'power', 'pace-run'] as const
export type ZoneSlot = (typeof ZONE_SLOTS)[number]

export interface ZoneSlotDto {
  slot: ZoneSlot
  label: string
  model: ZoneModelDto
  isDefault: boolean
}

export interface ZoneModelsDto {
  slots: ZoneSlotDto[]
  presets: ZoneModelDto[]
}

/** Time in zones of one activity on one basis, as computed with the model and threshold named. */
export interface ZoneTimesDto {
  basis: ZoneBasisDto
  model: string
  threshold: number
  zones: { name: string; seconds: number }[]
}

export interface WeeklyZonesDto {
  basis: ZoneBasisDto
  sport: string | null
  /** The zones' names (from the model in use) and the models the activities were measured with. */
  zoneNames: string[]
  models: string[]
  /** Oldest first, weeks starting on Monday. */
  weeks: { weekStart: string; seconds: number[]; activities: number }[]
}

export interface ActivityEffortDto {
  distance: number
  seconds: number
  startOffset: number
  endOffset: number
  /** 1 for the fastest ever among the sport's activities, counting this one. */
  rank: number
  /** It was the fastest so far on the day it was set. */
  recordWhenSet: boolean
}

export interface ActivityLabDto {
  activityId: number
  /** False while the activity waits to be analysed. */
  analysed: boolean
  stress: StressDto | null
  efforts: ActivityEffortDto[]
  zones: ZoneTimesDto[]
}

export interface EddingtonCountDto {
  n: number
  daysForNext: number
}

export interface EddingtonDto {
  sport: string
  km: EddingtonCountDto
  miles: EddingtonCountDto
  /** Days with any distance of the sport. */
  activeDays: number
  /** daysAtLeast.km[x − 1]: days of at least x km (up to 1,000 units); likewise miles. */
  daysAtLeast: { km: number[]; miles: number[] }
  /** The longest days, longest first (at most 50). */
  longestDays: { date: string; metres: number }[]
}

export interface GearDto {
  id: string
  name: string
  kind: 'bike' | 'shoes' | 'other'
  activities: number
  distance: number
  movingTime: number
  firstUsed: string
  lastUsed: string
  lastActivity: LabActivityRef
  retireDistance: number | null
}

export interface CalendarDayDto {
  date: string
  load: number
  distance: number
  movingTime: number
  activityIds: number[]
}

export interface CalendarDto {
  year: number
  years: number[]
  /** Only days with activities, oldest first. */
  days: CalendarDayDto[]
  maxLoad: number
}

export interface YearReviewDto {
  year: number
  years: number[]
  totals: {
    activities: number
    activeDays: number
    distance: number
    movingTime: number
    elevation: number
    load: number
  }
  bySport: {
    sportType: string
    activities: number
    distance: number
    movingTime: number
    elevation: number
  }[]
  longest: (LabActivityRef & { distance: number }) | null
  longestTime: (LabActivityRef & { movingTime: number }) | null
  biggestClimb: (LabActivityRef & { elevation: number }) | null
  /** Best efforts of the year that were all-time records when set: the year's last per distance. */
  records: { family: string; distance: number; seconds: number; activity: LabActivityRef }[]
  mostActiveWeek: {
    weekStart: string
    movingTime: number
    distance: number
    activities: number
  } | null
  first: LabActivityRef | null
  last: LabActivityRef | null
}
