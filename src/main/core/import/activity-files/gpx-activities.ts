/**
 * A GPX file's activities. Each `trk` is one recording and every segment break stays a break
 * (no line, no distance, not moving). Tracks less than 2 hours apart (end of one to start of the
 * next, in time order) and of the same type are one activity with a pause between them, as a
 * device that was stopped and started again writes them; tracks further apart, or of another
 * type, are separate activities (a week of commutes merged into one file stays a week of
 * commutes). Without `<type>` the sport is unknown and falls back to Workout.
 */
import { EARLIEST_REAL_TIME_MS } from '../clean-track'
import type { GpxDocument } from '../gpx-reader'
import type { TrackPoint } from '../track-points'
import type { FileDrafts } from './file-drafts'
import { sportTypeFromText } from './sport-type'

/** Tracks further apart than this are separate activities. */
export const TRACK_JOIN_GAP_MS = 2 * 3600 * 1000

interface TimedTrack {
  name?: string
  sportType?: string
  points: TrackPoint[]
  first: number
  last: number
}

function timedTracks(doc: GpxDocument): { timed: TimedTrack[]; untimed: number } {
  const timed: TimedTrack[] = []
  let untimed = 0
  doc.tracks.forEach((track, i) => {
    const points = doc.points.slice(track.start, doc.tracks[i + 1]?.start ?? doc.points.length)
    let first = Infinity
    let last = -Infinity
    for (const p of points) {
      const t = p.timeMs
      if (t === undefined || t < EARLIEST_REAL_TIME_MS) continue
      if (t < first) first = t
      if (t > last) last = t
    }
    if (first === Infinity) untimed++
    else
      timed.push({
        name: track.name,
        sportType: sportTypeFromText(track.type),
        points,
        first,
        last,
      })
  })
  return { timed: timed.sort((a, b) => a.first - b.first), untimed }
}

/** The drafts of a GPX document, or why it holds no activity. */
export function gpxDrafts(doc: GpxDocument): FileDrafts {
  if (doc.points.length === 0) {
    return {
      kind: 'skipped',
      reason: 'the GPX file has no track points (routes and waypoints are not an activity)',
    }
  }
  const { timed, untimed } = timedTracks(doc)
  if (timed.length === 0) {
    // Let the shared checks say whether the times are missing or placeholders.
    const draft = { points: doc.points, sportType: 'Workout', sportFromFile: false }
    return { kind: 'drafts', drafts: [{ label: 'the track', draft }], warnings: [] }
  }
  const groups: TimedTrack[][] = []
  for (const track of timed) {
    const group = groups[groups.length - 1]
    const previous = group?.[group.length - 1]
    const joins =
      previous &&
      track.sportType === previous.sportType &&
      track.first - previous.last <= TRACK_JOIN_GAP_MS
    if (group && joins) group.push(track)
    else groups.push([track])
  }
  const drafts = groups.map((group, n) => {
    const points = group.flatMap((track, i) =>
      track.points.map((p, j): TrackPoint =>
        j === 0 && i > 0 ? { ...p, breakBefore: 'track' } : p,
      ),
    )
    const sportType = group[0]?.sportType
    const name = group.find((t) => t.name)?.name ?? (groups.length === 1 ? doc.name : undefined)
    const draft = {
      points,
      sportType: sportType ?? 'Workout',
      sportFromFile: sportType !== undefined,
      name,
      device: doc.creator,
    }
    return { label: groups.length === 1 ? 'the track' : `activity ${n + 1}`, draft }
  })
  const warnings = untimed > 0 ? [`${untimed} track(s) without times were left out`] : []
  return { kind: 'drafts', drafts, warnings }
}
