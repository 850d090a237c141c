/**
 * The lab part of the fake `window.trailkeep`: empty figures unless a test gives its own answers,
 * and every call recorded with its input.
 */
import type { TrailkeepApi } from '../../../src/shared/bridge-contract'
import { FRIEL_RUN_HR_ZONES } from '../../../src/main/core/lab/zone-models'

export type FakeLab = TrailkeepApi['lab']
export type FakeLabOptions = Partial<FakeLab>
export type LabCalls = { method: keyof FakeLab; input: unknown }[]

const EMPTY_THRESHOLDS = { entries: [], today: {}, todayDate: '2024-05-02', estimates: [] }

export function createFakeLab(options: FakeLabOptions, calls: LabCalls): FakeLab {
  const defaults: FakeLab = {
    thresholds: async () => EMPTY_THRESHOLDS,
    setThresholds: async () => EMPTY_THRESHOLDS,
    removeThreshold: async () => EMPTY_THRESHOLDS,
    fitness: async () => ({ days: [], scored: 0, unscored: 0 }),
    day: async (input) => ({ date: input.date, activities: [], fitness: null }),
    unscored: async () => ({ total: 0, activities: [] }),
    bests: async (input) => ({
      sport: input.sport,
      year: input.year ?? null,
      years: [],
      distances: [],
    }),
    progression: async (input) => ({ sport: input.sport, distance: input.distance, efforts: [] }),
    curve: async (input) => ({
      stream: input.stream,
      sport: input.sport,
      from: input.from ?? null,
      to: input.to ?? null,
      points: [],
      criticalPower: null,
    }),
    weeklyZones: async (input) => ({
      basis: input.basis,
      sport: input.sport,
      zoneNames: [],
      models: [],
      weeks: [],
    }),
    activity: async (input) => ({
      activityId: input.id,
      analysed: false,
      stress: null,
      efforts: [],
      zones: [],
    }),
    eddington: async (input) => ({
      sport: input.sport,
      km: { n: 0, daysForNext: 1 },
      miles: { n: 0, daysForNext: 1 },
      activeDays: 0,
      daysAtLeast: { km: [], miles: [] },
      longestDays: [],
    }),
    gear: async () => [],
    setGearRetirement: async () => [],
    calendar: async (input) => ({ year: input.year, years: [], days: [], maxLoad: 0 }),
    yearReview: async (input) => ({
      year: input.year,
      years: [],
      totals: { activities: 0, activeDays: 0, distance: 0, movingTime: 0, elevation: 0, load: 0 },
      bySport: [],
      longest: null,
      longestTime: null,
      biggestClimb: null,
      records: [],
      mostActiveWeek: null,
      first: null,
      last: null,
    }),
    zoneModels: async () => ({
      slots: [
        {
          slot: 'heartrate-run',
          label: 'Heart rate: runs',
          model: FRIEL_RUN_HR_ZONES,
          isDefault: true,
        },
      ],
      presets: [FRIEL_RUN_HR_ZONES],
    }),
    setZoneModel: async () => ({ slots: [], presets: [] }),
    saveImage: async () => null,
  }
  const lab = { ...defaults, ...options } as Record<string, (input: unknown) => Promise<unknown>>
  return Object.fromEntries(
    Object.entries(lab).map(([method, answer]) => [
      method,
      (input: unknown) => {
        calls.push({ method: method as keyof FakeLab, input })
        return answer(input)
      },
    ]),
  ) as unknown as FakeLab
}
