/**
 * "One activity, never two": a file's activity and another one (from Strava or another file)
 * are the same recording when they are of the same sport family (run types together, ride types
 * together, swims, any other type only with itself), start within 60 s of each other, and their
 * distances are within 5 % of the longer one when both have a distance. A side whose file did
 * not name its sport (`sportKnown: false`) matches any sport.
 */

/** What matching looks at. */
export interface MatchKey {
  sportType: string
  /** UTC epoch milliseconds. */
  startMs: number
  /** Metres; null or 0 when the activity has none. */
  distance: number | null
  sportKnown?: boolean
}

export const MATCH_WINDOW_MS = 60_000
export const MATCH_DISTANCE_RATIO = 0.05

const FAMILIES: Record<string, string> = {
  Run: 'run',
  TrailRun: 'run',
  VirtualRun: 'run',
  Ride: 'ride',
  GravelRide: 'ride',
  MountainBikeRide: 'ride',
  VirtualRide: 'ride',
  EBikeRide: 'ride',
  EMountainBikeRide: 'ride',
  Velomobile: 'ride',
  Handcycle: 'ride',
  Swim: 'swim',
}

/** `run`, `ride`, `swim`, or the sport type itself. */
export function sportFamily(sportType: string): string {
  return FAMILIES[sportType] ?? sportType
}

/** Whether two activities are one recording. */
export function isSameActivity(a: MatchKey, b: MatchKey): boolean {
  const sportAgrees =
    a.sportKnown === false ||
    b.sportKnown === false ||
    sportFamily(a.sportType) === sportFamily(b.sportType)
  if (!sportAgrees || Math.abs(a.startMs - b.startMs) > MATCH_WINDOW_MS) return false
  const da = a.distance ?? 0
  const db = b.distance ?? 0
  if (da <= 0 || db <= 0) return true
  return Math.abs(da - db) <= MATCH_DISTANCE_RATIO * Math.max(da, db)
}

/**
 * The activity among `candidates` (sorted by `startMs`) that is the same as `target`: the one
 * starting closest to it. Only the ±60 s window is looked at (binary search).
 */
export function findSameActivity<T extends MatchKey>(
  candidates: readonly T[],
  target: MatchKey,
): T | undefined {
  let lo = 0
  let hi = candidates.length
  const from = target.startMs - MATCH_WINDOW_MS
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((candidates[mid] as T).startMs < from) lo = mid + 1
    else hi = mid
  }
  let best: T | undefined
  for (let i = lo; i < candidates.length; i++) {
    const candidate = candidates[i] as T
    if (candidate.startMs > target.startMs + MATCH_WINDOW_MS) break
    if (!isSameActivity(candidate, target)) continue
    const closer =
      !best ||
      Math.abs(candidate.startMs - target.startMs) < Math.abs(best.startMs - target.startMs)
    if (closer) best = candidate
  }
  return best
}
