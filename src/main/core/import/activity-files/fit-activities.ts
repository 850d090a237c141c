/**
 * A FIT file's activities. Only activity files (`file_id.type` 4) are read; settings,
 * monitoring, weight, workout, course and other files are skipped and say what they are. A
 * multisport file becomes one activity per leg, as Garmin Connect sends multisport activities to
 * Strava: records are sliced by each session's start time and elapsed time, laps by the
 * session's first lap index and lap count (Garmin's FIT cookbook, "Decoding Activity Files"),
 * each leg's distance starts from zero, and transition sessions are not activities.
 */
import { FIT_ACTIVITY_FILE, type FitFile, type FitTotals } from '../fit-file'
import type { ActivityDraft } from './build-activity'
import type { FileDrafts } from './file-drafts'
import type { LapDraft } from './place-laps'
import { FIT_TRANSITION, sportTypeFromFit } from './sport-type'
import { statedAveragesOf } from '../stated-averages'

const FILE_TYPES: Record<number, string> = {
  1: 'device',
  2: 'settings',
  3: 'sport settings',
  5: 'workout',
  6: 'course',
  7: 'schedules',
  9: 'weight scale',
  10: 'totals',
  11: 'goals',
  14: 'blood pressure',
  15: 'monitoring',
  20: 'activity summary',
  28: 'daily monitoring',
  32: 'monitoring',
  34: 'segment',
  35: 'segment list',
  40: 'device configuration',
}

function lapDraft(lap: FitTotals): LapDraft {
  const { startMs, elapsed, timer, distance, ascent, calories } = lap
  return {
    startMs,
    elapsed,
    timer,
    distance,
    averageSpeed:
      distance !== undefined && timer ? Number((distance / timer).toFixed(3)) : undefined,
    ...statedAveragesOf(lap),
    ascent,
    calories,
  }
}

/**
 * A session's totals as the summary's: moving time is the device's own moving time, else its
 * timer time when the timer was paused (Strava likewise keeps the device's time when the
 * athlete paused), else derived from the samples.
 */
function deviceTotals(s: FitTotals): ActivityDraft['deviceTotals'] {
  const paused = s.timer !== undefined && s.elapsed !== undefined && s.timer < s.elapsed - 1
  return {
    distance: s.distance,
    elapsedTime: s.elapsed,
    movingTime: s.moving ?? (paused ? s.timer : undefined),
    totalElevationGain: s.ascent,
    maxSpeed: s.maxSpeed,
    averageHeartrate: s.averageHeartrate,
    maxHeartrate: s.maxHeartrate,
    averageCadence: s.averageCadence,
    averageWatts: s.averageWatts,
    maxWatts: s.maxWatts,
  }
}

/** The drafts of a FIT file, or why it holds no activity. */
export function fitDrafts(file: FitFile): FileDrafts {
  if (file.fileType !== FIT_ACTIVITY_FILE) {
    const kind = file.fileType === undefined ? undefined : FILE_TYPES[file.fileType]
    const reason = kind
      ? `a FIT ${kind} file, not an activity`
      : `a FIT file of type ${file.fileType ?? 'unknown'}, not an activity`
    return { kind: 'skipped', reason }
  }
  if (file.unanchored) {
    return {
      kind: 'skipped',
      reason:
        'its times count from when the device was switched on, and it has no clock time to anchor them',
    }
  }
  const common = { device: file.device, utcOffsetSeconds: file.utcOffsetSeconds }
  const legs = file.sessions.filter((s) => s.sport !== FIT_TRANSITION)
  const warnings =
    legs.length < file.sessions.length
      ? [`${file.sessions.length - legs.length} transition(s) between legs were left out`]
      : []
  if (legs.length === 0) {
    const sport = file.sport ?? {}
    const draft = { ...common, points: file.points, name: file.workoutName }
    const sportType = sportTypeFromFit(sport.sport, sport.subSport)
    return {
      kind: 'drafts',
      drafts: [{ label: 'the activity', draft: { ...draft, sportType } }],
      warnings,
    }
  }
  const sessions = [...file.sessions].sort((a, b) => (a.startMs ?? 0) - (b.startMs ?? 0))
  const drafts = legs.map((leg, n) => {
    const from = leg.startMs ?? -Infinity
    const next = sessions[sessions.indexOf(leg) + 1]?.startMs
    const to = leg.elapsed !== undefined ? from + leg.elapsed * 1000 : (next ?? Infinity)
    const first = leg.firstLapIndex
    const laps =
      first !== undefined && leg.lapCount !== undefined
        ? file.laps.slice(first, first + leg.lapCount)
        : file.laps.filter((l) => (l.startMs ?? -Infinity) >= from && (l.startMs ?? 0) < to)
    const draft: ActivityDraft = {
      ...common,
      points: file.points.filter(
        (p) => p.timeMs !== undefined && p.timeMs >= from && p.timeMs <= to,
      ),
      sportType: sportTypeFromFit(leg.sport, leg.subSport),
      sportFromFile: leg.sport !== undefined && leg.sport !== 0,
      name: legs.length === 1 ? file.workoutName : undefined,
      calories: leg.calories,
      laps: laps.map(lapDraft),
      deviceTotals: deviceTotals(leg),
      rebaseDistance: legs.length > 1,
    }
    return { label: legs.length === 1 ? 'the activity' : `leg ${n + 1}`, draft }
  })
  return { kind: 'drafts', drafts, warnings }
}
