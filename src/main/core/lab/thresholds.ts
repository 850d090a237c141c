import type { ThresholdEntry, ThresholdValues } from '../../../shared/lab-thresholds'
import { dayNumber } from './calendar-day'

export type {
  NumericThresholdKind,
  ThresholdEntry,
  ThresholdValues,
} from '../../../shared/lab-thresholds'

/**
 * The thresholds in force on `day` (`YYYY-MM-DD`): for each kind, the entry with the latest
 * `from` on or before the day. Two entries of a kind from the same day: the later one in the
 * history wins, as a correction made the same day should.
 */
export function thresholdsOn(history: readonly ThresholdEntry[], day: string): ThresholdValues {
  dayNumber(day)
  const latest = new Map<ThresholdEntry['kind'], ThresholdEntry>()
  for (const entry of history) {
    // YYYY-MM-DD text sorts as the calendar does.
    if (entry.from > day) continue
    const current = latest.get(entry.kind)
    if (current === undefined || entry.from >= current.from) latest.set(entry.kind, entry)
  }
  const values: ThresholdValues = {}
  for (const entry of latest.values()) {
    if (entry.kind === 'sex') values.sex = entry.value
    else values[entry.kind] = entry.value
  }
  return values
}
