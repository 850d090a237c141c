/** A Strava sport type as people write it: `TrailRun` → `Trail Run`, `EBikeRide` → `E-Bike Ride`. */
export function sportLabel(sportType: string): string {
  return sportType
    .replace(/^EBike/, 'E-Bike ')
    .replace(/^EMountainBike/, 'E-Mountain Bike ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
}
