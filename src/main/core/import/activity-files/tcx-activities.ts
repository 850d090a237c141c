/**
 * A TCX file's activities: one per `Activity` element, with its `Sport` (Running, Biking,
 * Other), its laps, the device from `Creator/Name`, calories summed over its laps, and its name
 * from the first line of its `Notes` (TCX has no name field). Course files are not activities.
 */
import type { TcxDocument, TcxLap } from '../tcx-reader'
import type { FileDrafts } from './file-drafts'
import type { LapDraft } from './place-laps'
import { sportTypeFromText } from './sport-type'
import { statedAveragesOf } from '../stated-averages'

function lapDraft(lap: TcxLap): LapDraft {
  const { startMs, timerTime, distance, calories, averageSpeed } = lap
  return {
    startMs,
    timer: timerTime,
    distance,
    averageSpeed:
      averageSpeed ??
      (distance !== undefined && timerTime ? Number((distance / timerTime).toFixed(3)) : undefined),
    ...statedAveragesOf(lap),
    calories,
  }
}

const firstLine = (text: string | undefined) =>
  text?.split(/\r?\n/)[0]?.trim().slice(0, 200) || undefined

/** The drafts of a TCX document, or why it holds no activity. */
export function tcxDrafts(doc: TcxDocument): FileDrafts {
  if (doc.activities.length === 0) {
    const reason =
      doc.courses > 0 ? 'a TCX course, not an activity' : 'the TCX file has no activity'
    return { kind: 'skipped', reason }
  }
  if (doc.points.length === 0) return { kind: 'skipped', reason: 'the TCX file has no trackpoints' }
  const drafts = doc.activities.map((activity, n) => {
    const sportType = sportTypeFromText(activity.sport)
    const calories = activity.laps.reduce((sum, lap) => sum + (lap.calories ?? 0), 0)
    const draft = {
      points: doc.points.slice(activity.start, activity.end),
      sportType: sportType ?? 'Workout',
      sportFromFile: sportType !== undefined,
      name: firstLine(activity.notes),
      device: activity.device,
      calories: calories > 0 ? calories : undefined,
      laps: activity.laps.map(lapDraft),
    }
    return { label: doc.activities.length === 1 ? 'the activity' : `activity ${n + 1}`, draft }
  })
  return { kind: 'drafts', drafts, warnings: [] }
}
