/** A suggested threshold the user may accept: its value, where it came from, and the rule. */
export interface Estimate {
  value: number
  activityId: number
  rule: string
}

/** Readings a chest strap or optical sensor gives only when it is wrong. */
export const HEART_RATE_CEILING = 230
export const HEART_RATE_HOLD_SECONDS = 5
/** Riegel's fatigue exponent (Riegel 1981, "Athletic Records and Human Endurance"). */
const RIEGEL_EXPONENT = 1.06

/**
 * An activity's reliable maximum heart rate: the highest value held for `holdSeconds` in a row
 * (the best rolling minimum), ignoring windows with a reading above 230 bpm or without one.
 * A spike (a strap's static, a single bad sample) is never held by its neighbours, so it never
 * counts. Null when no window qualifies.
 */
export function sustainedMaxHeartRate(
  heartRate: Float64Array,
  holdSeconds = HEART_RATE_HOLD_SECONDS,
): number | null {
  const hold = Math.max(1, Math.floor(holdSeconds))
  let best: number | null = null
  for (let start = 0; start + hold <= heartRate.length; start++) {
    let low = Infinity
    for (let i = start; i < start + hold; i++) {
      const hr = heartRate[i] ?? 0
      if (!(hr > 0 && hr <= HEART_RATE_CEILING)) {
        low = -Infinity
        break
      }
      low = Math.min(low, hr)
    }
    if (low !== -Infinity && (best === null || low > best)) best = low
  }
  return best
}

/** FTP ≈ 95 % of the best 20-minute power (Allen & Coggan's 20-minute test). */
export function estimateFtp(
  candidates: readonly { activityId: number; best20MinutePower: number }[],
): Estimate | null {
  const best = highest(candidates, (c) => c.best20MinutePower)
  if (best === null) return null
  const power = Math.round(best.best20MinutePower)
  return {
    value: 0.95 * best.best20MinutePower,
    activityId: best.activityId,
    rule: `95 % of your best 20-minute power (${power} W), as in Allen & Coggan's 20-minute test.`,
  }
}

/** Maximum heart rate: the highest sustained maximum (see `sustainedMaxHeartRate`) seen. */
export function estimateMaxHr(
  candidates: readonly { activityId: number; sustainedMaxHr: number }[],
): Estimate | null {
  const best = highest(candidates, (c) => c.sustainedMaxHr)
  if (best === null) return null
  return {
    value: best.sustainedMaxHr,
    activityId: best.activityId,
    rule:
      `The highest heart rate you held for ${HEART_RATE_HOLD_SECONDS} seconds in a row; shorter ` +
      `peaks and readings above ${HEART_RATE_CEILING} bpm are taken as sensor errors.`,
  }
}

/**
 * Running threshold pace (s/km) from best efforts of 10 minutes to 2 hours: the pace of the
 * distance each would predict for a one-hour race by Riegel's formula (t₂ = t₁ · (d₂ / d₁)^1.06),
 * the fastest of them. Daniels defines threshold pace as about the pace one can race for an hour.
 */
export function estimateThresholdPace(
  efforts: readonly { activityId: number; distance: number; seconds: number }[],
): Estimate | null {
  const usable = efforts.filter((e) => e.seconds >= 600 && e.seconds <= 7200 && e.distance > 0)
  const best = highest(usable, hourDistance)
  if (best === null) return null
  return {
    value: 3_600_000 / hourDistance(best),
    activityId: best.activityId,
    rule:
      `The pace of a one-hour race predicted from your ${(best.distance / 1000).toFixed(1)} km ` +
      `in ${formatClock(best.seconds)} by Riegel's formula (time grows with distance to the ` +
      `power 1.06); Daniels' threshold pace is about one-hour race pace.`,
  }
}

/** The distance (m) a one-hour race would cover, by Riegel's formula. */
function hourDistance({ distance, seconds }: { distance: number; seconds: number }): number {
  return distance * (3600 / seconds) ** (1 / RIEGEL_EXPONENT)
}

function highest<T>(items: readonly T[], key: (item: T) => number): T | null {
  let best: T | null = null
  for (const item of items) {
    const value = key(item)
    if (Number.isFinite(value) && value > 0 && (best === null || value > key(best))) best = item
  }
  return best
}

/** "41:21", or "1:31:35" past the hour. */
function formatClock(totalSeconds: number): string {
  const s = Math.round(totalSeconds)
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = String(s % 60).padStart(2, '0')
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`
}
