import type { StoredThresholdDto } from '../../../shared/lab-dto'
import { THRESHOLD_LIMITS, type NumericThresholdKind } from '../../../shared/lab-thresholds'

/** `FTP 250 W`, `Threshold running pace 4:30 /km`, `Sex female`. */
export function describeThreshold(entry: StoredThresholdDto): string {
  if (entry.kind === 'sex') return `Sex ${entry.value}`
  return `${THRESHOLD_LIMITS[entry.kind].label} ${formatThreshold(entry.kind, entry.value)}`
}

export function formatThreshold(kind: NumericThresholdKind, value: number): string {
  if (kind === 'thresholdPace' || kind === 'swimThresholdPace') {
    const s = Math.round(value)
    const clock = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
    return kind === 'thresholdPace' ? `${clock} /km` : `${clock} /100 m`
  }
  return `${Math.round(value * 10) / 10} ${THRESHOLD_LIMITS[kind].unit}`
}
