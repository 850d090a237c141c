/**
 * Strava `sport_type` values from what files say about the sport: FIT `sport`/`sub_sport`
 * numbers (Garmin's FIT profile), the TCX `Sport` attribute (Running, Biking, Other), and the
 * GPX `<type>` text that devices and services write ("running", "cycling", "trail_running",
 * Strava's own export numbers "1" for Ride and "9" for Run, ...).
 */

/** FIT sport 3: a multisport transition, not an activity of its own. */
export const FIT_TRANSITION = 3

/** By FIT sport number, then sub-sport number (`-1` for any other sub-sport). */
const FIT_SPORTS: Record<number, Record<number, string>> = {
  0: { [-1]: 'Workout' },
  1: { [-1]: 'Run', 3: 'TrailRun', 58: 'VirtualRun' },
  2: {
    [-1]: 'Ride',
    8: 'MountainBikeRide',
    9: 'MountainBikeRide',
    123: 'MountainBikeRide',
    46: 'GravelRide',
    28: 'EBikeRide',
    47: 'EMountainBikeRide',
    127: 'EMountainBikeRide',
    12: 'Handcycle',
    88: 'Handcycle',
    58: 'VirtualRide',
  },
  4: {
    [-1]: 'Workout',
    1: 'Run',
    6: 'Ride',
    14: 'Rowing',
    15: 'Elliptical',
    16: 'StairStepper',
    27: 'Walk',
    43: 'Yoga',
    44: 'Pilates',
  },
  5: { [-1]: 'Swim' },
  7: { [-1]: 'Soccer' },
  8: { [-1]: 'Tennis' },
  10: {
    [-1]: 'Workout',
    20: 'WeightTraining',
    43: 'Yoga',
    44: 'Pilates',
    70: 'HighIntensityIntervalTraining',
  },
  11: { [-1]: 'Walk' },
  12: { [-1]: 'NordicSki' },
  13: { [-1]: 'AlpineSki', 37: 'BackcountrySki' },
  14: { [-1]: 'Snowboard' },
  15: { [-1]: 'Rowing' },
  16: { [-1]: 'Hike' },
  17: { [-1]: 'Hike' },
  19: { [-1]: 'Kayaking' },
  21: { [-1]: 'EBikeRide', 47: 'EMountainBikeRide' },
  25: { [-1]: 'Golf' },
  30: { [-1]: 'InlineSkate' },
  31: { [-1]: 'RockClimbing' },
  32: { [-1]: 'Sail' },
  33: { [-1]: 'IceSkate' },
  35: { [-1]: 'Snowshoe' },
  37: { [-1]: 'StandUpPaddling' },
  38: { [-1]: 'Surfing' },
  41: { [-1]: 'Kayaking' },
  43: { [-1]: 'Windsurf' },
  44: { [-1]: 'Kitesurf' },
  62: { [-1]: 'HighIntensityIntervalTraining' },
  64: {
    [-1]: 'Workout',
    84: 'Pickleball',
    94: 'Squash',
    95: 'Badminton',
    96: 'Racquetball',
    97: 'TableTennis',
  },
  65: { [-1]: 'Wheelchair' },
  66: { [-1]: 'Wheelchair' },
  88: { [-1]: 'Canoeing' },
}

/** The Strava sport type of a FIT sport and sub-sport; unknown sports are a Workout. */
export function sportTypeFromFit(sport: number | undefined, subSport: number | undefined): string {
  const subs = FIT_SPORTS[sport ?? 0] ?? FIT_SPORTS[0]
  return subs?.[subSport ?? -1] ?? subs?.[-1] ?? 'Workout'
}

/** Words and numbers files put in GPX `<type>` or TCX `Sport`, lower-cased, `-`/space as `_`. */
const TEXT_SPORTS: Record<string, string> = {
  '1': 'Ride',
  '2': 'AlpineSki',
  '4': 'Hike',
  '9': 'Run',
  '10': 'Walk',
  '16': 'Swim',
  '23': 'Rowing',
  running: 'Run',
  run: 'Run',
  street_running: 'Run',
  track_running: 'Run',
  treadmill_running: 'Run',
  indoor_running: 'Run',
  trail_running: 'TrailRun',
  trailrun: 'TrailRun',
  virtual_run: 'VirtualRun',
  virtualrun: 'VirtualRun',
  biking: 'Ride',
  cycling: 'Ride',
  ride: 'Ride',
  road_biking: 'Ride',
  road_cycling: 'Ride',
  indoor_cycling: 'Ride',
  mountain_biking: 'MountainBikeRide',
  mountainbikeride: 'MountainBikeRide',
  gravel_cycling: 'GravelRide',
  gravelride: 'GravelRide',
  virtual_ride: 'VirtualRide',
  virtualride: 'VirtualRide',
  e_bike: 'EBikeRide',
  e_biking: 'EBikeRide',
  ebikeride: 'EBikeRide',
  walking: 'Walk',
  walk: 'Walk',
  hiking: 'Hike',
  hike: 'Hike',
  swimming: 'Swim',
  swim: 'Swim',
  lap_swimming: 'Swim',
  open_water_swimming: 'Swim',
  rowing: 'Rowing',
  indoor_rowing: 'Rowing',
  kayaking: 'Kayaking',
  canoeing: 'Canoeing',
  stand_up_paddleboarding: 'StandUpPaddling',
  standuppaddling: 'StandUpPaddling',
  cross_country_skiing: 'NordicSki',
  nordicski: 'NordicSki',
  resort_skiing_snowboarding: 'AlpineSki',
  alpine_skiing: 'AlpineSki',
  alpineski: 'AlpineSki',
  backcountry_skiing: 'BackcountrySki',
  snowboarding: 'Snowboard',
  snowshoeing: 'Snowshoe',
  inline_skating: 'InlineSkate',
  ice_skating: 'IceSkate',
  elliptical: 'Elliptical',
  strength_training: 'WeightTraining',
  weighttraining: 'WeightTraining',
  yoga: 'Yoga',
  workout: 'Workout',
}

/** The Strava sport type a file's own word or number names; undefined when it names none. */
export function sportTypeFromText(value: string | undefined): string | undefined {
  if (!value) return undefined
  return TEXT_SPORTS[
    value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
  ]
}
