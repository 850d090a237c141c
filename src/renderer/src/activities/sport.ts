/** How sport types read and look in the activities screen. */

export type SportFamily = 'run' | 'ride' | 'swim' | 'walk' | 'winter' | 'water' | 'gym' | 'other'

const ABBREVIATIONS: Record<string, string> = {
  Run: 'RUN',
  TrailRun: 'TRL',
  VirtualRun: 'VRN',
  Ride: 'RIDE',
  GravelRide: 'GRV',
  MountainBikeRide: 'MTB',
  EBikeRide: 'EBK',
  EMountainBikeRide: 'EMB',
  VirtualRide: 'VR',
  Velomobile: 'VEL',
  Handcycle: 'HND',
  Walk: 'WLK',
  Hike: 'HIKE',
  Swim: 'SWIM',
  WeightTraining: 'GYM',
  Workout: 'WKT',
  Yoga: 'YOGA',
  Rowing: 'ROW',
  VirtualRow: 'ROW',
  Kayaking: 'KYK',
  Canoeing: 'CAN',
  StandUpPaddling: 'SUP',
  Surfing: 'SURF',
  AlpineSki: 'SKI',
  BackcountrySki: 'BCS',
  NordicSki: 'XC',
  Snowboard: 'SNB',
  Snowshoe: 'SNS',
  IceSkate: 'ICE',
  InlineSkate: 'SKT',
  RockClimbing: 'CLMB',
  Elliptical: 'ELL',
  StairStepper: 'STR',
}

const FAMILIES: Record<string, SportFamily> = {
  Run: 'run',
  TrailRun: 'run',
  VirtualRun: 'run',
  Ride: 'ride',
  GravelRide: 'ride',
  MountainBikeRide: 'ride',
  EBikeRide: 'ride',
  EMountainBikeRide: 'ride',
  VirtualRide: 'ride',
  Velomobile: 'ride',
  Handcycle: 'ride',
  Walk: 'walk',
  Hike: 'walk',
  Snowshoe: 'walk',
  Swim: 'swim',
  Rowing: 'water',
  VirtualRow: 'water',
  Kayaking: 'water',
  Canoeing: 'water',
  StandUpPaddling: 'water',
  Surfing: 'water',
  AlpineSki: 'winter',
  BackcountrySki: 'winter',
  NordicSki: 'winter',
  Snowboard: 'winter',
  IceSkate: 'winter',
  WeightTraining: 'gym',
  Workout: 'gym',
  Yoga: 'gym',
  Elliptical: 'gym',
  StairStepper: 'gym',
  Crossfit: 'gym',
}

/** A short tag for the row tile when there is no route to draw. */
export function sportAbbreviation(sportType: string): string {
  return ABBREVIATIONS[sportType] ?? sportType.slice(0, 4).toUpperCase()
}

/** The colour family (a CSS class suffix) of a sport. */
export function sportFamily(sportType: string): SportFamily {
  return FAMILIES[sportType] ?? 'other'
}

/** Runs and walks count steps per foot in Strava's cadence stream; people read steps per minute. */
export function cadenceMultiplier(sportType: string): number {
  return sportFamily(sportType) === 'run' || sportFamily(sportType) === 'walk' ? 2 : 1
}

export function cadenceUnit(sportType: string): string {
  return cadenceMultiplier(sportType) === 2 ? 'spm' : 'rpm'
}
