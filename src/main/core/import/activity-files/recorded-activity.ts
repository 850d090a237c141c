/**
 * What one device file holds, normalised: plain data only (no classes, dates or maps), so it
 * crosses a worker thread by structured clone unchanged.
 */
import type { TrackStreams } from '../track-points'
import type { ActivitySummary } from './derive-summary'
import type { TimezoneSource } from './local-time'

/** A lap as the device closed it (FIT lap message, TCX Lap element), placed on the streams. */
export interface RecordedLap {
  /** Seconds from the activity's start. */
  startOffset: number
  /** First and last stream sample inside the lap (-1 when none is). */
  startIndex: number
  endIndex: number
  elapsedTime: number
  /** The device's timer time for the lap. */
  movingTime: number
  distance: number | null
  averageSpeed: number | null
  maxSpeed: number | null
  averageHeartrate: number | null
  maxHeartrate: number | null
  averageCadence: number | null
  averageWatts: number | null
  maxWatts: number | null
  totalElevationGain: number | null
  calories: number | null
}

export interface RecordedActivity {
  /** A Strava `sport_type` value. */
  sportType: string
  /** False when the file did not name the sport and `sportType` is the Workout fallback. */
  sportFromFile: boolean
  /** The file's own name for it, else Strava's default ("Morning Run"). */
  name: string
  nameFromFile: boolean
  /** UTC epoch milliseconds of the first sample. */
  startMs: number
  /** Wall-clock start as Strava's `start_date_local` (`…Z`, the Z lies). */
  startDateLocal: string
  timezone: string | null
  utcOffsetSeconds: number
  timezoneSource: TimezoneSource
  startLatlng: [number, number] | null
  endLatlng: [number, number] | null
  /** Streams shaped like Strava's, one value per sample; `time` in seconds from the start. */
  streams: TrackStreams
  /** Sample indexes that start a new track or segment: no line is drawn to them. */
  breaks: number[]
  laps: RecordedLap[]
  device: string | null
  calories: number | null
  summary: ActivitySummary
}

/** One device file: its activities (usually one), or why it holds none. */
export type ParsedFile =
  | {
      kind: 'activity'
      activities: RecordedActivity[]
      /** What was dropped or doubtful, one sentence each. */
      warnings: string[]
    }
  | { kind: 'skipped'; reason: string }

export type ActivityFileFormat = 'fit' | 'gpx' | 'tcx'
