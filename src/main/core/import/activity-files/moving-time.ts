/**
 * Which samples count as moving, Strava-like. Strava's server "looks for portions of the activity
 * where the athlete was moving below a certain speed threshold for more than 15 seconds and
 * removes that time" (Strava Engineering, "Improving Auto-Pause for Everyone", 2014). The
 * threshold is not published; ours depends on the sport:
 * - rides (and other wheeled sports): 1.0 m/s (3.6 km/h: slower, a bike barely stays upright);
 * - swims: 0.2 m/s;
 * - everything else on foot, ski or water: 0.5 m/s (1.8 km/h: slower than the slowest walk).
 * The speed of each interval between two samples is its distance over its duration; a run of
 * consecutive slow intervals lasting 15 s or more is a stop, shorter dips stay moving (GPS jitter
 * at a standstill is slow too, so it falls inside the stop). The interval that crosses a break
 * (a new GPX segment) is never moving. Without a distance stream (indoor), an interval is moving
 * unless it is a gap of more than 15 s between samples (a device pause).
 */

/** Stops shorter than this stay in the moving time. */
export const MIN_STOP_SECONDS = 15

const RIDES = new Set([
  'Ride',
  'GravelRide',
  'MountainBikeRide',
  'EBikeRide',
  'EMountainBikeRide',
  'VirtualRide',
  'Velomobile',
  'Handcycle',
  'InlineSkate',
  'Skateboard',
  'Wheelchair',
])

/** Below this speed (m/s) an interval is slow for the sport. */
export function movingThreshold(sportType: string): number {
  if (RIDES.has(sportType)) return 1.0
  if (sportType === 'Swim') return 0.2
  return 0.5
}

/**
 * `moving[i]` says whether the interval from sample i - 1 to sample i was moving; the first
 * sample has no interval before it and is not moving.
 */
export function movingStream(
  time: readonly number[],
  distance: readonly number[] | undefined,
  breaks: ReadonlySet<number>,
  sportType: string,
): boolean[] {
  const n = time.length
  const moving = new Array<boolean>(n).fill(false)
  const threshold = movingThreshold(sportType)
  let slowFrom = -1
  const closeSlowRun = (end: number) => {
    // A slow run shorter than a stop is moving after all.
    if (
      slowFrom >= 0 &&
      (time[end] as number) - (time[slowFrom - 1] as number) < MIN_STOP_SECONDS
    ) {
      for (let j = slowFrom; j <= end; j++) if (!breaks.has(j)) moving[j] = true
    }
    slowFrom = -1
  }
  for (let i = 1; i < n; i++) {
    const dt = (time[i] as number) - (time[i - 1] as number)
    let fast: boolean
    if (breaks.has(i) || dt <= 0) fast = false
    else if (!distance) fast = dt <= MIN_STOP_SECONDS
    else fast = ((distance[i] as number) - (distance[i - 1] as number)) / dt >= threshold
    if (fast) {
      if (slowFrom >= 0) closeSlowRun(i - 1)
      moving[i] = true
    } else if (breaks.has(i) || (!distance && dt > 0)) {
      if (slowFrom >= 0) closeSlowRun(i - 1)
    } else if (slowFrom < 0) slowFrom = i
  }
  if (slowFrom >= 0) closeSlowRun(n - 1)
  return moving
}

/** Seconds spent in moving intervals. */
export function movingSeconds(time: readonly number[], moving: readonly boolean[]): number {
  let total = 0
  for (let i = 1; i < time.length; i++) {
    if (moving[i]) total += (time[i] as number) - (time[i - 1] as number)
  }
  return total
}
