/**
 * The same recording found in several files (say the watch's FIT and an app's GPX without heart
 * rate) is one activity: the richest copy is kept, the one with more kinds of streams, then more
 * samples.
 */
import { findSameActivity, type MatchKey } from './match-activity'
import type { RecordedActivity } from './recorded-activity'

/** The match key of a recorded activity. */
export function matchKeyOf(activity: RecordedActivity): MatchKey {
  return {
    sportType: activity.sportType,
    startMs: activity.startMs,
    distance: activity.summary.distance,
    sportKnown: activity.sportFromFile,
  }
}

function richness(activity: RecordedActivity): [number, number] {
  return [Object.keys(activity.streams).length, activity.streams.time.length]
}

/** Of two copies of one recording, the richer. */
export function richerRecording(a: RecordedActivity, b: RecordedActivity): RecordedActivity {
  const [ka, na] = richness(a)
  const [kb, nb] = richness(b)
  return kb > ka || (kb === ka && nb > na) ? b : a
}

/** One activity per recording, each the richest copy; sorted by start. */
export function keepOnePerRecording(activities: readonly RecordedActivity[]): RecordedActivity[] {
  const kept: (MatchKey & { activity: RecordedActivity })[] = []
  const sorted = [...activities].sort((a, b) => a.startMs - b.startMs)
  for (const activity of sorted) {
    const key = matchKeyOf(activity)
    const same = findSameActivity(kept, key)
    if (same) same.activity = richerRecording(same.activity, activity)
    else kept.push({ ...key, activity })
  }
  return kept.map((k) => k.activity)
}
