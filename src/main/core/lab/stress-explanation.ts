/** The sentences the UI shows under a stress score: which method, from what, and why that one. */

export function explainPower(r: {
  normalizedPower: number
  ftp: number
  intensity: number
  hours: number
  score: number
}): string {
  return (
    `Scored by power: NP ${round(r.normalizedPower)} W against FTP ${round(r.ftp)} W is an ` +
    `intensity of ${r.intensity.toFixed(2)}; ${formatHours(r.hours)} of moving time × ` +
    `${r.intensity.toFixed(2)}² × 100 = ${round(r.score)}.`
  )
}

export function explainHeartRate(
  r: {
    trimp: number
    thresholdHourTrimp: number
    thresholdHr: number
    restingHr: number
    maxHr: number
    sex: string
    score: number
  },
  skipped: readonly string[],
): string {
  return (
    `Scored by heart rate${because(skipped)}: Banister TRIMP ${r.trimp.toFixed(1)} against ` +
    `${r.thresholdHourTrimp.toFixed(1)} for an hour at threshold ${round(r.thresholdHr)} bpm ` +
    `(resting ${round(r.restingHr)}, maximum ${round(r.maxHr)}, ${r.sex} weighting) × 100 = ` +
    `${round(r.score)}.`
  )
}

export function explainPace(
  r: { movingPace: number; thresholdPace: number; intensity: number; hours: number; score: number },
  skipped: readonly string[],
): string {
  return (
    `Scored by pace${because(skipped)}: moving pace ${formatPace(r.movingPace)} against ` +
    `threshold pace ${formatPace(r.thresholdPace)} is an intensity of ` +
    `${r.intensity.toFixed(2)}; ${formatHours(r.hours)} × ${r.intensity.toFixed(2)}² × 100 = ` +
    `${round(r.score)}.`
  )
}

export function explainUnscored(missing: readonly string[]): string {
  return `Not scored (counts as 0): missing ${missing.join(', ')}.`
}

function because(skipped: readonly string[]): string {
  return skipped.length === 0 ? '' : ` (the methods before it lack: ${skipped.join(', ')})`
}

function round(value: number): string {
  return String(Math.round(value))
}

/** "1 h 05 min". */
function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60)
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

/** Seconds per km as "4:05/km". */
function formatPace(secondsPerKm: number): string {
  const seconds = Math.round(secondsPerKm)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}/km`
}
