/**
 * One activity from a file's samples and what the file says about them: samples put in a
 * trustworthy order (clean-track.ts), streams, derived streams and totals, local time, a name.
 * Every format ends here, so every format gets the same checks.
 */
import { cleanTrack, type TrackTiming } from '../clean-track'
import { trackStreams, type TrackPoint } from '../track-points'
import { defaultActivityName } from './default-name'
import { deriveSummary, preferDeviceTotals, type DeviceTotals } from './derive-summary'
import { addDerivedStreams } from './derive-streams'
import { localStart } from './local-time'
import { placeLaps, type LapDraft } from './place-laps'
import type { RecordedActivity } from './recorded-activity'

export interface ActivityDraft {
  /** Samples in file order; `breakBefore` marks new tracks and segments. */
  points: readonly TrackPoint[]
  sportType: string
  /** False when the file did not say (the sport type is then a guess: Workout). */
  sportFromFile?: boolean
  name?: string
  device?: string
  calories?: number
  laps?: readonly LapDraft[]
  deviceTotals?: DeviceTotals
  /** Local time minus UTC, when the file says. */
  utcOffsetSeconds?: number
  /** The distance stream restarts from zero (one leg of a multisport file). */
  rebaseDistance?: boolean
}

export type BuiltActivity =
  | { kind: 'activity'; activity: RecordedActivity; warnings: string[] }
  | { kind: 'skipped'; reason: string }

/** A start later than this after `now` is a wrong device clock. */
export const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000

const UNUSABLE: Record<Exclude<TrackTiming, 'ok'>, string> = {
  'no-times': 'its track has no times, and an activity cannot be placed without them',
  'placeholder-times':
    'its points all carry one placeholder time (such as 1901-12-13T20:45:52Z), so it has no usable times',
  'scrambled-times': 'its times jump back and forth too much to be trusted',
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

function ends(points: readonly TrackPoint[]) {
  const located = points.filter((p) => p.lat !== undefined && p.lng !== undefined)
  const at = (p: TrackPoint | undefined): [number, number] | null =>
    p ? [p.lat as number, p.lng as number] : null
  return { start: at(located[0]), end: at(located[located.length - 1]) }
}

/** Builds the activity, or says in one sentence why the samples cannot make one. */
export function buildActivity(draft: ActivityDraft, now: number): BuiltActivity {
  if (draft.points.length === 0) return { kind: 'skipped', reason: 'it has no track points' }
  const track = cleanTrack(draft.points)
  if (track.timing !== 'ok') return { kind: 'skipped', reason: UNUSABLE[track.timing] }
  const points = track.points
  const startMs = points[0]?.timeMs as number
  if (points.length < 2) return { kind: 'skipped', reason: 'it has only one point with a time' }
  if (startMs > now + FUTURE_TOLERANCE_MS) {
    return {
      kind: 'skipped',
      reason: `it starts in the future (${iso(startMs)}): the device clock was wrong`,
    }
  }
  const breaks = points.flatMap((p, i) => (p.breakBefore ? [i] : []))
  let streams = trackStreams(points)
  if (draft.rebaseDistance && streams.distance) {
    const base = streams.distance[0] ?? 0
    streams.distance = streams.distance.map((d) => Number((d - base).toFixed(2)))
  }
  streams = addDerivedStreams(streams, breaks, draft.sportType)
  const derived = deriveSummary(streams)
  const summary = draft.deviceTotals ? preferDeviceTotals(derived, draft.deviceTotals) : derived
  const { start, end } = ends(points)
  const local = localStart(startMs, draft.utcOffsetSeconds, start)
  const warnings =
    track.outOfOrder > 0
      ? [`${track.outOfOrder} sample(s) whose time went back or stood still were left out`]
      : []
  return {
    kind: 'activity',
    warnings,
    activity: {
      sportType: draft.sportType,
      sportFromFile: draft.sportFromFile ?? true,
      name: draft.name ?? defaultActivityName(local.startDateLocal, draft.sportType),
      nameFromFile: draft.name !== undefined,
      startMs,
      ...local,
      startLatlng: start,
      endLatlng: end,
      streams,
      breaks,
      laps: placeLaps(draft.laps ?? [], startMs, streams.time),
      device: draft.device ?? null,
      calories: draft.calories ?? null,
      summary,
    },
  }
}
