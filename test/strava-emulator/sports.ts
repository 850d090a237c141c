/** Realistic ranges per sport, used to generate believable activities. */
import type { SportType } from './types'

type Range = readonly [number, number]

export interface SportProfile {
  legacyType: string
  weight: number
  distanceKm: Range
  speed: Range
  gainPerKm: Range
  cadence?: Range
  watts?: Range
  kcalPerHour: number
  manualChance: number
  gps: boolean
  trainer: boolean
  gear: 'shoes' | 'bike' | null
  workoutTypes: readonly (readonly [number, number])[] | null
}

const RUN_WORKOUTS = [
  [0, 80],
  [1, 5],
  [2, 10],
  [3, 5],
] as const
const RIDE_WORKOUTS = [
  [10, 85],
  [11, 5],
  [12, 10],
] as const

export const SPORTS: Record<SportType, SportProfile> = {
  Run: {
    legacyType: 'Run',
    weight: 30,
    distanceKm: [3, 21],
    speed: [2.6, 3.8],
    gainPerKm: [2, 12],
    cadence: [80, 92],
    kcalPerHour: 700,
    manualChance: 0.02,
    gps: true,
    trainer: false,
    gear: 'shoes',
    workoutTypes: RUN_WORKOUTS,
  },
  TrailRun: {
    legacyType: 'Run',
    weight: 8,
    distanceKm: [5, 30],
    speed: [1.8, 2.8],
    gainPerKm: [20, 60],
    cadence: [76, 88],
    kcalPerHour: 750,
    manualChance: 0.02,
    gps: true,
    trainer: false,
    gear: 'shoes',
    workoutTypes: RUN_WORKOUTS,
  },
  Ride: {
    legacyType: 'Ride',
    weight: 20,
    distanceKm: [15, 120],
    speed: [6, 9],
    gainPerKm: [3, 15],
    cadence: [78, 92],
    watts: [140, 230],
    kcalPerHour: 650,
    manualChance: 0.02,
    gps: true,
    trainer: false,
    gear: 'bike',
    workoutTypes: RIDE_WORKOUTS,
  },
  GravelRide: {
    legacyType: 'Ride',
    weight: 7,
    distanceKm: [20, 100],
    speed: [5, 7.5],
    gainPerKm: [6, 18],
    cadence: [74, 88],
    watts: [130, 210],
    kcalPerHour: 680,
    manualChance: 0.02,
    gps: true,
    trainer: false,
    gear: 'bike',
    workoutTypes: RIDE_WORKOUTS,
  },
  VirtualRide: {
    legacyType: 'VirtualRide',
    weight: 8,
    distanceKm: [15, 60],
    speed: [7, 10],
    gainPerKm: [4, 14],
    cadence: [82, 96],
    watts: [160, 250],
    kcalPerHour: 720,
    manualChance: 0,
    gps: false,
    trainer: true,
    gear: 'bike',
    workoutTypes: RIDE_WORKOUTS,
  },
  Walk: {
    legacyType: 'Walk',
    weight: 10,
    distanceKm: [1.5, 8],
    speed: [1.1, 1.5],
    gainPerKm: [2, 10],
    cadence: [52, 60],
    kcalPerHour: 280,
    manualChance: 0.02,
    gps: true,
    trainer: false,
    gear: null,
    workoutTypes: null,
  },
  Hike: {
    legacyType: 'Hike',
    weight: 6,
    distanceKm: [5, 25],
    speed: [0.8, 1.3],
    gainPerKm: [40, 100],
    cadence: [48, 58],
    kcalPerHour: 420,
    manualChance: 0.02,
    gps: true,
    trainer: false,
    gear: 'shoes',
    workoutTypes: null,
  },
  Swim: {
    legacyType: 'Swim',
    weight: 6,
    distanceKm: [1, 4],
    speed: [0.6, 0.9],
    gainPerKm: [0, 0],
    kcalPerHour: 500,
    manualChance: 0.3,
    gps: false,
    trainer: false,
    gear: null,
    workoutTypes: null,
  },
  WeightTraining: {
    legacyType: 'WeightTraining',
    weight: 5,
    distanceKm: [0, 0],
    speed: [0, 0],
    gainPerKm: [0, 0],
    kcalPerHour: 350,
    manualChance: 1,
    gps: false,
    trainer: false,
    gear: null,
    workoutTypes: null,
  },
}

export const SPORT_WEIGHTS = (Object.keys(SPORTS) as SportType[]).map(
  (sport) => [sport, SPORTS[sport].weight] as const,
)

export interface GearItem {
  id: string
  name: string
  primary: boolean
}

export const GEAR: Record<'shoes' | 'bike', readonly GearItem[]> = {
  shoes: [
    { id: 'g12345678', name: 'Hoka Speedgoat 5', primary: true },
    { id: 'g23456789', name: 'Saucony Endorphin Speed 4', primary: false },
  ],
  bike: [
    { id: 'b9876543', name: 'Canyon Grail CF SL', primary: true },
    { id: 'b8765432', name: 'Rose X-Lite Four', primary: false },
  ],
}

export function isRide(sport: SportType): boolean {
  return SPORTS[sport].legacyType === 'Ride' || sport === 'VirtualRide'
}
