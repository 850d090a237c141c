/** Banister's sex-specific weighting: TRIMP per minute = x · a · e^(b·x). */
const WEIGHTING = {
  male: { a: 0.64, b: 1.92 },
  female: { a: 0.86, b: 1.67 },
} as const

export type Sex = keyof typeof WEIGHTING

export interface HeartRateRange {
  restingHr: number
  maxHr: number
  sex: Sex
}

/**
 * Banister's TRIMP of a 1 Hz heart-rate series: Σ minutes · x · a·e^(b·x), x being the reading's
 * fraction of heart-rate reserve, (hr − resting) / (max − resting). Zeros (no reading) are
 * skipped; x is held to [0, 1], so a reading below resting adds nothing rather than less than
 * nothing, and one above the maximum counts as the maximum.
 */
export function banisterTrimp(heartRate: Float64Array, range: HeartRateRange): number {
  let perSecond = 0
  for (let i = 0; i < heartRate.length; i++) {
    const hr = heartRate[i] ?? 0
    if (hr > 0) perSecond += trimpPerMinute(hr, range)
  }
  return perSecond / 60
}

/** The TRIMP of `minutes` at a steady heart rate: 60 minutes at threshold is hrTSS's 100. */
export function steadyTrimp(heartRate: number, minutes: number, range: HeartRateRange): number {
  return minutes * trimpPerMinute(heartRate, range)
}

function trimpPerMinute(heartRate: number, { restingHr, maxHr, sex }: HeartRateRange): number {
  const x = Math.min(1, Math.max(0, (heartRate - restingHr) / (maxHr - restingHr)))
  const { a, b } = WEIGHTING[sex]
  return x * a * Math.exp(b * x)
}
