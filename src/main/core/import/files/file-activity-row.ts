/**
 * The library row of an activity known only from a device file: the columns the list, search and
 * totals read, and a summary shaped like the one Strava's API lists, so every screen and export
 * treats it like any other activity.
 */
import type { activities } from '../../db/schema'
import { nameColumns } from '../../db/search-text'
import { writeFileDetail } from './file-detail'
import { fileDetailOf } from './file-detail-of'
import type { PreparedActivity } from './prepare-activity'

export type ActivityInsert = typeof activities.$inferInsert

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Strava's `timezone` text: `(GMT+01:00) Europe/Berlin`. */
export function stravaTimezone(zone: string | null, offsetSeconds: number): string | null {
  if (zone === null) return null
  const sign = offsetSeconds < 0 ? '-' : '+'
  const minutes = Math.abs(Math.round(offsetSeconds / 60))
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `(GMT${sign}${hh}:${mm}) ${zone}`
}

/** The summary columns a recording gives (also when a richer copy replaces a file's). */
export function recordingColumns(activity: PreparedActivity, id: number, athleteId: number) {
  const { summary } = activity
  const timezone = stravaTimezone(activity.timezone, activity.utcOffsetSeconds)
  const json = {
    id,
    name: activity.name,
    sport_type: activity.sportType,
    type: activity.sportType,
    start_date: isoSeconds(activity.startMs),
    start_date_local: activity.startDateLocal,
    timezone,
    utc_offset: activity.utcOffsetSeconds,
    distance: summary.distance,
    moving_time: summary.movingTime,
    elapsed_time: summary.elapsedTime,
    total_elevation_gain: summary.totalElevationGain,
    average_speed: summary.averageSpeed,
    max_speed: summary.maxSpeed,
    has_heartrate: activity.hasHeartrate,
    average_heartrate: summary.averageHeartrate ?? undefined,
    max_heartrate: summary.maxHeartrate ?? undefined,
    average_cadence: summary.averageCadence ?? undefined,
    average_watts: summary.averageWatts ?? undefined,
    max_watts: summary.maxWatts ?? undefined,
    start_latlng: activity.startLatlng ?? [],
    end_latlng: activity.endLatlng ?? [],
    map: { summary_polyline: activity.summaryPolyline ?? '' },
    manual: false,
    athlete: { id: athleteId },
    device_name: activity.device ?? undefined,
    calories: activity.calories ?? undefined,
    trailkeep_source: 'device_file',
  }
  return {
    athleteId,
    ...nameColumns(activity.name),
    sportType: activity.sportType,
    startDate: Math.floor(activity.startMs / 1000),
    startDateLocal: activity.startDateLocal,
    timezone,
    distance: summary.distance,
    movingTime: summary.movingTime,
    elapsedTime: summary.elapsedTime,
    totalElevationGain: summary.totalElevationGain,
    summaryPolyline: activity.summaryPolyline,
    hasHeartrate: activity.hasHeartrate,
    averageSpeed: summary.averageSpeed,
    summaryJson: JSON.stringify(json),
  }
}

/** A new activity from a file: nothing to fetch from Strava, its streams from the file. */
export function fileActivityRow(
  activity: PreparedActivity,
  id: number,
  athleteId: number,
  now: number,
): ActivityInsert {
  return {
    id,
    ...recordingColumns(activity, id, athleteId),
    isPrivate: false,
    isManual: false,
    detailPending: false,
    streamsState: 'stored',
    streamsSource: 'file',
    source: 'file',
    fileDetailJson: writeFileDetail(fileDetailOf(activity)),
    firstSeenAt: now,
    updatedAt: now,
  }
}
