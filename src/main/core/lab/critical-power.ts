import type { CriticalPowerDto } from '../../../shared/lab-dto'

export interface PowerPoint {
  seconds: number
  watts: number
}

/** Plain data already: the screens and the command line show it as it is (shared/lab-dto.ts). */
export type CriticalPowerFit = CriticalPowerDto

/** The contract's fitting range: efforts of 2 to 20 minutes. */
export const CP_RANGE = { minSeconds: 120, maxSeconds: 1200 } as const

/**
 * Critical power and W′ from mean-maximal power points by the linear work-time model
 * (Monod & Scherrer 1965; Moritani et al. 1981): work = CP · t + W′, an ordinary least-squares
 * line through (t, P · t) for the points between 2 and 20 minutes. The standard errors are the
 * usual ones of a regression slope and intercept (n − 2 degrees of freedom). Refuses with fewer
 * than 3 usable points, or when the line is not a power-duration curve (CP ≤ 0 or W′ < 0).
 */
export function fitCriticalPower(
  points: readonly PowerPoint[],
  range: { minSeconds: number; maxSeconds: number } = CP_RANGE,
): CriticalPowerFit {
  const used = points
    .filter((p) => Number.isFinite(p.watts) && p.watts > 0)
    .filter((p) => p.seconds >= range.minSeconds && p.seconds <= range.maxSeconds)
    .sort((a, b) => a.seconds - b.seconds)
  const durations = new Set(used.map((p) => p.seconds))
  if (durations.size < 3) {
    return {
      kind: 'refused',
      reason:
        `A critical power fit needs efforts of at least 3 different durations between ` +
        `${duration(range.minSeconds)} and ${duration(range.maxSeconds)}; ` +
        `there are ${durations.size}.`,
    }
  }
  const n = used.length
  const meanT = used.reduce((sum, p) => sum + p.seconds, 0) / n
  const meanW = used.reduce((sum, p) => sum + p.watts * p.seconds, 0) / n
  let sxx = 0
  let sxy = 0
  for (const p of used) {
    sxx += (p.seconds - meanT) ** 2
    sxy += (p.seconds - meanT) * (p.watts * p.seconds - meanW)
  }
  const criticalPower = sxy / sxx
  const wPrime = meanW - criticalPower * meanT
  if (!(criticalPower > 0) || wPrime < 0) {
    return {
      kind: 'refused',
      reason: `These efforts do not fall off with duration as the model needs (CP ${Math.round(
        criticalPower,
      )} W, W′ ${Math.round(wPrime)} J).`,
    }
  }
  let workResiduals = 0
  let powerResiduals = 0
  for (const p of used) {
    workResiduals += (p.watts * p.seconds - (criticalPower * p.seconds + wPrime)) ** 2
    powerResiduals += (p.watts - (criticalPower + wPrime / p.seconds)) ** 2
  }
  const s = Math.sqrt(workResiduals / (n - 2))
  return {
    kind: 'fit',
    criticalPower,
    wPrime,
    criticalPowerError: s / Math.sqrt(sxx),
    wPrimeError: s * Math.sqrt(1 / n + (meanT * meanT) / sxx),
    rmseWatts: Math.sqrt(powerResiduals / n),
    points: used,
  }
}

/** "2 min", or "100 s" for a duration that is not whole minutes. */
function duration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`
}
