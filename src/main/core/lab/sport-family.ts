/** What `--sport Run` and `--sport Ride` stand for; the e-bike types are not rides here. */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  Run: ['Run', 'TrailRun', 'VirtualRun'],
  Ride: ['Ride', 'GravelRide', 'MountainBikeRide', 'VirtualRide'],
}

/** Metres in a mile. */
export const MILE = 1609.344
const RUN_DISTANCES = [400, 1000, MILE, 5000, 10_000, 21_097.5, 42_195] as const
const RIDE_DISTANCES = [10_000, 20_000, 40_000, 100_000] as const
const SWIM_DISTANCES = [100, 400, 1500] as const

/** The sport types a `--sport` filter selects: a family for Run and Ride, else the type itself. */
export function sportTypesFor(filter: string): string[] {
  return [...(FAMILIES[filter] ?? [filter])]
}

/** Whether an activity of `sportType` is selected by `--sport filter`. Names match exactly. */
export function matchesSportFilter(filter: string, sportType: string): boolean {
  return (FAMILIES[filter] ?? [filter]).includes(sportType)
}

/**
 * The standard best-effort distances (metres, ascending) for an activity's sport type: the run
 * family, every bike type (e-bikes race the same distances, though `--sport Ride` leaves them
 * out), pool and open-water swims; none for any other sport.
 */
export function bestEffortDistances(sportType: string): readonly number[] {
  if (matchesSportFilter('Run', sportType)) return RUN_DISTANCES
  if (matchesSportFilter('Ride', sportType)) return RIDE_DISTANCES
  if (sportType === 'EBikeRide' || sportType === 'EMountainBikeRide') return RIDE_DISTANCES
  if (sportType === 'Swim') return SWIM_DISTANCES
  return []
}
