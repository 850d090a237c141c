import { describe, expect, it } from 'vitest'
import {
  sportTypeFromFit,
  sportTypeFromText,
} from '../../../../src/main/core/import/activity-files/sport-type'

describe('sport types', () => {
  it('maps FIT sport and sub-sport numbers', () => {
    const cases: [number | undefined, number | undefined, string][] = [
      [1, undefined, 'Run'],
      [1, 3, 'TrailRun'],
      [1, 1, 'Run'], // treadmill
      [1, 58, 'VirtualRun'],
      [2, 0, 'Ride'],
      [2, 8, 'MountainBikeRide'],
      [2, 46, 'GravelRide'],
      [2, 58, 'VirtualRide'],
      [2, 47, 'EMountainBikeRide'],
      [21, undefined, 'EBikeRide'],
      [5, 17, 'Swim'],
      [5, 18, 'Swim'],
      [11, undefined, 'Walk'],
      [17, undefined, 'Hike'],
      [4, 15, 'Elliptical'],
      [4, 14, 'Rowing'],
      [10, 20, 'WeightTraining'],
      [13, 37, 'BackcountrySki'],
      [12, undefined, 'NordicSki'],
      [0, undefined, 'Workout'],
      [undefined, undefined, 'Workout'],
      [200, 3, 'Workout'],
    ]
    for (const [sport, sub, expected] of cases) {
      expect(sportTypeFromFit(sport, sub), `${sport}/${sub}`).toBe(expected)
    }
  })

  it('maps the words and numbers of GPX <type> and TCX Sport', () => {
    const cases: [string, string | undefined][] = [
      ['running', 'Run'],
      ['Running', 'Run'],
      ['9', 'Run'],
      ['1', 'Ride'],
      ['cycling', 'Ride'],
      ['Biking', 'Ride'],
      ['trail_running', 'TrailRun'],
      ['Trail Running', 'TrailRun'],
      ['mountain_biking', 'MountainBikeRide'],
      ['gravel-cycling', 'GravelRide'],
      ['hiking', 'Hike'],
      ['4', 'Hike'],
      ['walking', 'Walk'],
      ['16', 'Swim'],
      ['open_water_swimming', 'Swim'],
      ['VirtualRide', 'VirtualRide'],
      ['Other', undefined],
      ['', undefined],
    ]
    for (const [text, expected] of cases) expect(sportTypeFromText(text), text).toBe(expected)
  })
})
