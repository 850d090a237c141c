import { normalizedPower } from './normalized-power'
import type { Series1Hz } from './resample'
import { matchesSportFilter } from './sport-family'
import { explainHeartRate, explainPace, explainPower, explainUnscored } from './stress-explanation'
import type { ThresholdValues } from './thresholds'
import { banisterTrimp, steadyTrimp, type Sex } from './trimp'

export interface StressInput {
  sportType: string
  /** Strava's moving_time: the "hours" of every method, so a café stop adds no stress. */
  movingSeconds: number
  /** Metres. */
  distance: number
  power?: Series1Hz | undefined
  heartRate?: Series1Hz | undefined
  /** The values in force on the activity's local day. */
  thresholds: ThresholdValues
}

export type StressScore =
  | {
      kind: 'power'
      score: number
      normalizedPower: number
      intensity: number
      hours: number
      ftp: number
      explanation: string
    }
  | {
      kind: 'heartrate'
      score: number
      trimp: number
      thresholdHourTrimp: number
      hours: number
      thresholdHr: number
      maxHr: number
      restingHr: number
      sex: Sex
      explanation: string
    }
  | {
      kind: 'pace'
      score: number
      intensity: number
      hours: number
      movingPace: number
      thresholdPace: number
      explanation: string
    }
  | { kind: 'unscored'; score: 0; missing: string[]; explanation: string }

/**
 * An activity's stress score by the contract's first method that has its inputs: power (TSS =
 * hours · IF² · 100, IF = NP / FTP), else heart rate (Banister TRIMP over the TRIMP of an hour at
 * threshold heart rate, × 100), else, for runs, pace (hours · (threshold pace / moving pace)² ·
 * 100), else unscored with what was missing. Hours are moving time (see `movingSeconds`); a
 * power series without moving time falls back on its own moving seconds.
 */
export function stressScore(input: StressInput): StressScore {
  const missing: string[] = []
  for (const method of [scoreByPower, scoreByHeartRate, scoreByPace]) {
    const outcome = method(input, missing)
    if (!Array.isArray(outcome)) return outcome
    missing.push(...outcome)
  }
  return { kind: 'unscored', score: 0, missing, explanation: explainUnscored(missing) }
}

/** Each method returns its score, or what it lacked. */
type Method = (input: StressInput, skipped: readonly string[]) => StressScore | string[]

const scoreByPower: Method = ({ power, movingSeconds, thresholds: { ftp } }) => {
  if (!hasSignal(power) || !isPositive(ftp)) {
    return lacking({ 'power stream': hasSignal(power), FTP: isPositive(ftp) })
  }
  const hours = (isPositive(movingSeconds) ? movingSeconds : power.movingSeconds) / 3600
  const np = normalizedPower(power)
  const intensity = np / ftp
  const result = { normalizedPower: np, ftp, intensity, hours, score: hours * intensity ** 2 * 100 }
  return { kind: 'power', ...result, explanation: explainPower(result) }
}

const scoreByHeartRate: Method = ({ heartRate, movingSeconds, thresholds: th }, skipped) => {
  const { thresholdHr, maxHr, restingHr } = th
  if (
    !hasSignal(heartRate) ||
    !isPositive(thresholdHr) ||
    !isPositive(maxHr) ||
    !isPositive(restingHr) ||
    maxHr <= restingHr ||
    thresholdHr <= restingHr
  ) {
    const above = (hr: number | undefined) =>
      !isPositive(hr) || !isPositive(restingHr) || hr > restingHr
    return lacking({
      'heart-rate stream': hasSignal(heartRate),
      'threshold heart rate': isPositive(thresholdHr),
      'maximum heart rate': isPositive(maxHr),
      'resting heart rate': isPositive(restingHr),
      'maximum heart rate above resting': above(maxHr),
      'threshold heart rate above resting': above(thresholdHr),
    })
  }
  const range = { restingHr, maxHr, sex: th.sex ?? 'male' }
  const trimp = banisterTrimp(heartRate.values, range)
  const thresholdHourTrimp = steadyTrimp(thresholdHr, 60, range)
  const hours = Math.max(0, movingSeconds) / 3600
  const score = (trimp / thresholdHourTrimp) * 100
  const result = { ...range, thresholdHr, trimp, thresholdHourTrimp, hours, score }
  return { kind: 'heartrate', ...result, explanation: explainHeartRate(result, skipped) }
}

/** Only runs: the contract's pace method is for a running threshold pace. */
const scoreByPace: Method = ({ sportType, distance, movingSeconds, thresholds }, skipped) => {
  if (!matchesSportFilter('Run', sportType)) return []
  const { thresholdPace } = thresholds
  if (!isPositive(thresholdPace) || !isPositive(distance) || !isPositive(movingSeconds)) {
    return lacking({
      'threshold pace': isPositive(thresholdPace),
      distance: isPositive(distance),
      'moving time': isPositive(movingSeconds),
    })
  }
  const movingPace = movingSeconds / (distance / 1000)
  const intensity = thresholdPace / movingPace
  const hours = movingSeconds / 3600
  const result = {
    thresholdPace,
    movingPace,
    intensity,
    hours,
    score: hours * intensity ** 2 * 100,
  }
  return { kind: 'pace', ...result, explanation: explainPace(result, skipped) }
}

/** The names whose check failed. */
function lacking(checks: Record<string, boolean>): string[] {
  return Object.keys(checks).filter((name) => !checks[name])
}

function hasSignal(series: Series1Hz | undefined): series is Series1Hz {
  return series !== undefined && series.values.some((v) => v > 0)
}

function isPositive(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0
}
