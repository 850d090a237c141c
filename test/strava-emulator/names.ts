/** Activity names and descriptions: real-world Unicode plus adversarial user text. */
import type { Random } from './prng'
import type { SportType } from './types'

const NAMES: Record<SportType, readonly string[]> = {
  Run: ['Morning Run', 'Lunch Run', 'Evening Run', 'Läufchen am Rhein', '朝ラン', 'Tempo 5×1km'],
  TrailRun: ['Trail Run', 'Siebengebirge Trail ⛰️', 'Morning Trail Run', '山ラン'],
  Ride: [
    'Morning Ride',
    'Évening Ride 🚴',
    'Kaffeefahrt ☕',
    'Ronde van het Bergische Land',
    'Afternoon Ride',
  ],
  GravelRide: ['Gravel Grinder', 'Schotter & Staub', 'Evening Gravel Ride'],
  VirtualRide: [
    'Zwift - Watopia Figure 8',
    'Zwift - Tempus Fugit in Watopia',
    'Indoor Sweetspot 3×15′',
  ],
  Walk: ['Morning Walk', 'Spaziergang mit Hund 🐕', '散歩', 'Evening Walk'],
  Hike: ['Drachenfels Hike', 'Wanderung zum Ölberg', 'ハイキング 高尾山'],
  Swim: ['Pool Swim', 'Schwimmen 🏊', 'Morning Swim', '2 km Bahnen'],
  WeightTraining: ['Weight Training', 'Gym 💪', 'Kraft & Core'],
}

const LONG_NAME = 'Über Stock und Stein, durch Wald und Flur — '.repeat(6).slice(0, 254) + '∞'

/** Placed at fixed newest-first positions so the first page always carries them. */
export const ADVERSARIAL_NAMES: ReadonlyMap<number, string> = new Map([
  [2, '<img src=x onerror=alert(1)>'],
  [5, "Robert'); DROP TABLE activities;--"],
  [9, LONG_NAME],
  [13, 'ركض صباحي'],
])

const DESCRIPTIONS = [
  'Felt great!',
  'Beine schwer 🥵\nZweite Zeile',
  '<b>bold?</b> & "quotes" & <script>alert(1)</script>',
  'Zone 2 only.\n\n— Coach: keep HR < 145',
  '雨の中のラン☔',
  'صباح الخير 🌅',
]

export function pickName(random: Random, sport: SportType): string {
  return random.pick(NAMES[sport])
}

export function pickDescription(random: Random): string | null {
  return random.chance(0.6) ? null : random.pick(DESCRIPTIONS)
}
