/**
 * What the import reads from a FIT file (decoded by Garmin's SDK, fit-decode.ts): its type, its
 * records as track points, the device's session and lap totals, the local-time offset, the device
 * and workout names. Times counted from device power-on are anchored with the file's
 * `timestamp_correlation` or `device_settings.utc_offset`; without either they stay unknown and
 * `unanchored` says so.
 */
import type { FitMessages, LapMesg, SessionMesg } from '@garmin/fitsdk'
import { decodeFitMessages } from './fit-decode'
import { deviceName } from './fit-device'
import {
  FIT_SYSTEM_TIME_LIMIT,
  fitNumber,
  fitRounded,
  fitTimeMs,
  recordsToPoints,
} from './fit-records'
import type { TrackPoint } from './track-points'
import type { StatedAverages } from './stated-averages'

/** FIT `file` type 4: an activity. */
export const FIT_ACTIVITY_FILE = 4

/** Totals of a session or lap message; undefined when the device left them out. */
export interface FitTotals extends StatedAverages {
  startMs?: number
  sport?: number
  subSport?: number
  elapsed?: number
  timer?: number
  moving?: number
  distance?: number
  calories?: number
  ascent?: number
  firstLapIndex?: number
  lapCount?: number
}

export interface FitFile {
  /** `file_id.type`; 4 is an activity. */
  fileType?: number
  points: TrackPoint[]
  sessions: FitTotals[]
  laps: FitTotals[]
  /** Local time minus UTC in seconds, from the activity message. */
  utcOffsetSeconds?: number
  /** Times count from power-on and the file gives nothing to anchor them. */
  unanchored: boolean
  device?: string
  workoutName?: string
  /** From the `sport` message, for files without a session. */
  sport?: { sport?: number; subSport?: number }
}

function totals(m: SessionMesg | LapMesg, anchor: number | undefined): FitTotals {
  const session = m as SessionMesg
  return {
    startMs: fitTimeMs(m.startTime, anchor),
    sport: fitNumber(session.sport),
    subSport: fitNumber(session.subSport),
    elapsed: fitRounded(m.totalElapsedTime),
    timer: fitRounded(m.totalTimerTime),
    moving: fitRounded(m.totalMovingTime),
    distance: fitRounded(m.totalDistance, 2),
    calories: fitNumber(m.totalCalories),
    maxSpeed: fitRounded(m.enhancedMaxSpeed) ?? fitRounded(m.maxSpeed),
    averageHeartrate: fitNumber(m.avgHeartRate),
    maxHeartrate: fitNumber(m.maxHeartRate),
    averageCadence: fitNumber(m.avgCadence),
    averageWatts: fitNumber(m.avgPower),
    maxWatts: fitNumber(m.maxPower),
    ascent: fitNumber(m.totalAscent),
    firstLapIndex: fitNumber(session.firstLapIndex),
    lapCount: fitNumber(session.numLaps),
  }
}

/** Seconds to add to a power-on time to make it a FIT time, when the file says. */
function findAnchor(messages: FitMessages): number | undefined {
  for (const c of messages.timestampCorrelationMesgs ?? []) {
    const utc = fitNumber(c.timestamp)
    const system = fitNumber(c.systemTimestamp)
    if (utc !== undefined && system !== undefined && utc >= FIT_SYSTEM_TIME_LIMIT) {
      return utc - system
    }
  }
  return fitNumber(messages.deviceSettingsMesgs?.[0]?.utcOffset)
}

/** Local time minus UTC, to the quarter hour; a value no time zone has is ignored. */
function localOffset(messages: FitMessages, anchor: number | undefined) {
  const activity = messages.activityMesgs?.[0]
  const correlation = messages.timestampCorrelationMesgs?.[0]
  const [utcRaw, localRaw] = activity
    ? [activity.timestamp, activity.localTimestamp]
    : [correlation?.timestamp, correlation?.localTimestamp]
  const utc = fitTimeMs(utcRaw, anchor)
  const local = fitNumber(localRaw)
  if (utc === undefined || local === undefined || local < FIT_SYSTEM_TIME_LIMIT) return undefined
  const offset = Math.round(((fitTimeMs(local, undefined) as number) - utc) / 900_000) * 900
  return Math.abs(offset) <= 14 * 3600 ? offset : undefined
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** Reads a FIT file after checking its CRC; a damaged file throws CorruptFileError. */
export function readFitFile(bytes: Uint8Array): FitFile {
  const messages = decodeFitMessages(bytes)
  const anchor = findAnchor(messages)
  const records = messages.recordMesgs ?? []
  const sport = messages.sportMesgs?.[0]
  return {
    fileType: fitNumber(messages.fileIdMesgs?.[0]?.type),
    points: recordsToPoints(records, anchor),
    sessions: (messages.sessionMesgs ?? []).map((m) => totals(m, anchor)),
    laps: (messages.lapMesgs ?? []).map((m) => totals(m, anchor)),
    utcOffsetSeconds: localOffset(messages, anchor),
    unanchored:
      anchor === undefined &&
      records.some((r) => (fitNumber(r.timestamp) ?? Infinity) < FIT_SYSTEM_TIME_LIMIT),
    device: deviceName(messages),
    workoutName: text(messages.workoutMesgs?.[0]?.wktName),
    sport: sport
      ? { sport: fitNumber(sport.sport), subSport: fitNumber(sport.subSport) }
      : undefined,
  }
}
