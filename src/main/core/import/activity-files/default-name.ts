/**
 * The name Strava gives an activity nobody named: the part of the day it started, in local time,
 * and the sport ("Morning Run", "Lunch Ride", "Night Swim"). Strava does not publish its hour
 * boundaries; these follow the names its users see (our choice, not a documented rule):
 * 04:00–10:59 Morning, 11:00–13:59 Lunch, 14:00–16:59 Afternoon, 17:00–19:59 Evening,
 * 20:00–03:59 Night.
 */

const PARTS: readonly [fromHour: number, name: string][] = [
  [20, 'Night'],
  [17, 'Evening'],
  [14, 'Afternoon'],
  [11, 'Lunch'],
  [4, 'Morning'],
  [0, 'Night'],
]

const SPORT_WORDS: Record<string, string> = {
  EBikeRide: 'E-Bike Ride',
  EMountainBikeRide: 'E-Mountain Bike Ride',
  HighIntensityIntervalTraining: 'HIIT',
}

/** The part of the day a local hour (0–23) belongs to. */
export function partOfDay(hour: number): string {
  return PARTS.find(([from]) => hour >= from)?.[1] ?? 'Night'
}

/** `TrailRun` → `Trail Run`. */
export function sportWords(sportType: string): string {
  return SPORT_WORDS[sportType] ?? sportType.replace(/([a-z])([A-Z])/g, '$1 $2')
}

/** "Morning Run" from a local start (`YYYY-MM-DDTHH:…`) and a sport type. */
export function defaultActivityName(startDateLocal: string, sportType: string): string {
  const hour = Number(startDateLocal.slice(11, 13))
  return `${partOfDay(Number.isFinite(hour) ? hour : 12)} ${sportWords(sportType)}`
}
