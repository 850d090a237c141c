/**
 * What the import reads from a FIT file: its type, its records as track points, the device's
 * session and lap totals, the local-time offset, the device and workout names. Times counted
 * from device power-on are anchored with the file's `timestamp_correlation` or
 * `device_settings.utc_offset`; without either they stay unknown and `unanchored` says so.
 */
import { CorruptFileError } from './corrupt-file'
import { checkFitIntegrity } from './fit-crc'
import { decodeFit, type FitMessage } from './fit-decoder'
import { deviceName } from './fit-device'
import {
  FIT_SYSTEM_TIME_LIMIT,
  fitNumber,
  fitScaled,
  fitTimeMs,
  RECORD_FIELDS,
  recordsToPoints,
} from './fit-records'
import { readSdkRecords } from './fit-sdk-records'
import type { TrackPoint } from './track-points'

/** FIT `file` type 4: an activity. */
export const FIT_ACTIVITY_FILE = 4

/** Totals of a session or lap message, scaled; undefined when the device left them out. */
export interface FitTotals {
  startMs?: number
  sport?: number
  subSport?: number
  elapsed?: number
  timer?: number
  moving?: number
  distance?: number
  calories?: number
  maxSpeed?: number
  averageHeartrate?: number
  maxHeartrate?: number
  averageCadence?: number
  averageWatts?: number
  maxWatts?: number
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

const TOTAL_FIELDS = [2, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 25, 26]
const WANTED = new Map<number, Set<number>>([
  [0, new Set([0, 1, 2, 8])], // file_id
  [2, new Set([1])], // device_settings: utc_offset
  [12, new Set([0, 1])], // sport
  [18, new Set([...TOTAL_FIELDS, 59, 124, 125])], // session
  [19, new Set([...TOTAL_FIELDS, 52, 110, 111])], // lap
  [20, new Set(RECORD_FIELDS)], // record
  [23, new Set([0, 2, 4, 27])], // device_info
  [26, new Set([8])], // workout: wkt_name
  [34, new Set([5, 253])], // activity: local_timestamp, timestamp
  [162, new Set([1, 3, 253])], // timestamp_correlation
])

function totals(m: FitMessage, lap: boolean, anchor: number | undefined): FitTotals {
  // Lap and session share their first fields; from avg_speed on, lap numbers are one lower.
  const k = lap ? -1 : 0
  return {
    startMs: fitTimeMs(m[2], anchor),
    sport: lap ? undefined : fitNumber(m[5]),
    subSport: lap ? undefined : fitNumber(m[6]),
    elapsed: fitScaled(m[7], 1000),
    timer: fitScaled(m[8], 1000),
    moving: fitScaled(lap ? m[52] : m[59], 1000),
    distance: fitScaled(m[9], 100),
    calories: fitNumber(m[11]),
    maxSpeed: fitScaled(lap ? m[111] : m[125], 1000) ?? fitScaled(m[15 + k], 1000),
    averageHeartrate: fitNumber(m[16 + k]),
    maxHeartrate: fitNumber(m[17 + k]),
    averageCadence: fitNumber(m[18 + k]),
    averageWatts: fitNumber(m[20 + k]),
    maxWatts: fitNumber(m[21 + k]),
    ascent: fitNumber(m[22 + k]),
    firstLapIndex: lap ? undefined : fitNumber(m[25]),
    lapCount: lap ? undefined : fitNumber(m[26]),
  }
}

/** Seconds to add to a power-on time to make it a FIT time, when the file says. */
function findAnchor(messages: Map<number, FitMessage[]>): number | undefined {
  for (const c of messages.get(162) ?? []) {
    const utc = fitNumber(c[253])
    const system = fitNumber(c[1])
    if (utc !== undefined && system !== undefined && utc >= FIT_SYSTEM_TIME_LIMIT) {
      return utc - system
    }
  }
  return fitNumber(messages.get(2)?.[0]?.[1])
}

/** Local time minus UTC, to the quarter hour; a value no time zone has is ignored. */
function localOffset(messages: Map<number, FitMessage[]>, anchor: number | undefined) {
  const activity = messages.get(34)?.[0]
  const correlation = messages.get(162)?.[0]
  const [utcRaw, localRaw] = activity
    ? [activity[253], activity[5]]
    : [correlation?.[253], correlation?.[3]]
  const utc = fitTimeMs(utcRaw, anchor)
  const local = fitNumber(localRaw)
  if (utc === undefined || local === undefined || local < FIT_SYSTEM_TIME_LIMIT) return undefined
  const offset = Math.round(((fitTimeMs(local, undefined) as number) - utc) / 900_000) * 900
  return Math.abs(offset) <= 14 * 3600 ? offset : undefined
}

/** Reads a FIT file after checking its CRC; a damaged file throws CorruptFileError. */
export function readFitFile(bytes: Uint8Array): FitFile {
  checkFitIntegrity(bytes)
  let decoded
  try {
    decoded = decodeFit(bytes, WANTED)
  } catch (error) {
    if (error instanceof CorruptFileError) throw error
    throw new CorruptFileError('the FIT data cannot be read')
  }
  const { byNumber, seen } = decoded
  const anchor = findAnchor(byNumber)
  const records = byNumber.get(20) ?? []
  // HR straps that store heart rate while swimming write `hr` messages the SDK merges.
  const merged = seen.has(132) ? readSdkRecords(bytes, anchor) : null
  const points = merged ?? recordsToPoints(records, anchor)
  const rawTimes = records.map((r) => fitNumber(r[253])).filter((t) => t !== undefined)
  const sport = byNumber.get(12)?.[0]
  const workoutName = byNumber.get(26)?.[0]?.[8]
  return {
    fileType: fitNumber(byNumber.get(0)?.[0]?.[0]),
    points,
    sessions: (byNumber.get(18) ?? []).map((m) => totals(m, false, anchor)),
    laps: (byNumber.get(19) ?? []).map((m) => totals(m, true, anchor)),
    utcOffsetSeconds: localOffset(byNumber, anchor),
    unanchored: anchor === undefined && rawTimes.some((t) => t < FIT_SYSTEM_TIME_LIMIT),
    device: deviceName(byNumber),
    workoutName:
      typeof workoutName === 'string' && workoutName.trim() ? workoutName.trim() : undefined,
    sport: sport ? { sport: fitNumber(sport[0]), subSport: fitNumber(sport[1]) } : undefined,
  }
}
