import {
  THRESHOLD_KINDS,
  THRESHOLD_LIMITS,
  type NumericThresholdKind,
  type Sex,
  type ThresholdKind,
} from '../../../shared/lab-thresholds'
import { formatDuration, type Units } from '../format/units'

const MILE_KM = 1.609344
const YARDS_100_IN_100M = 0.9144

export const THRESHOLD_ORDER: readonly ThresholdKind[] = THRESHOLD_KINDS

export function thresholdLabel(kind: ThresholdKind): string {
  return kind === 'sex' ? 'Sex (for heart-rate TSS)' : THRESHOLD_LIMITS[kind].label
}

/** The unit a value is typed in: paces in the chosen units. */
export function thresholdInputUnit(kind: ThresholdKind, units: Units): string {
  if (kind === 'thresholdPace') return units === 'imperial' ? 'min/mi' : 'min/km'
  if (kind === 'swimThresholdPace') return units === 'imperial' ? 'min/100yd' : 'min/100m'
  return kind === 'sex' ? '' : THRESHOLD_LIMITS[kind].unit
}

export type ThresholdValue =
  { kind: 'sex'; value: Sex } | { kind: NumericThresholdKind; value: number }

/** A stored value as people read it: `250 W`, `4:30 /km` (or `7:14 /mi`). */
export function formatThresholdValue(entry: ThresholdValue, units: Units): string {
  if (entry.kind === 'sex') return entry.value
  const { kind, value } = entry
  if (kind === 'thresholdPace') {
    return units === 'imperial'
      ? `${formatDuration(value * MILE_KM)} /mi`
      : `${formatDuration(value)} /km`
  }
  if (kind === 'swimThresholdPace') {
    return units === 'imperial'
      ? `${formatDuration(value * YARDS_100_IN_100M)} /100yd`
      : `${formatDuration(value)} /100m`
  }
  return `${Math.round(value * 10) / 10} ${THRESHOLD_LIMITS[kind].unit}`
}

/** What the user typed, in the stored unit (seconds per km or per 100 m for paces); null if unreadable. */
export function parseThresholdInput(
  kind: ThresholdKind,
  text: string,
  units: Units,
): number | null {
  const trimmed = text.trim()
  if (kind === 'thresholdPace' || kind === 'swimThresholdPace') {
    const clock = /^(\d{1,2}):([0-5]\d)$/.exec(trimmed)
    const seconds = clock
      ? Number(clock[1]) * 60 + Number(clock[2])
      : /^\d+$/.test(trimmed)
        ? Number(trimmed)
        : NaN
    if (!Number.isFinite(seconds)) return null
    if (units !== 'imperial') return seconds
    return kind === 'thresholdPace' ? seconds / MILE_KM : seconds / YARDS_100_IN_100M
  }
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null
}
