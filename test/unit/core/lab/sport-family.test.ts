import { describe, expect, it } from 'vitest'
import {
  MILE,
  bestEffortDistances,
  matchesSportFilter,
  sportTypesFor,
} from '../../../../src/main/core/lab/sport-family'

describe('sportTypesFor', () => {
  it('widens Run and Ride to their families and leaves e-bikes out of Ride', () => {
    expect(sportTypesFor('Run')).toEqual(['Run', 'TrailRun', 'VirtualRun'])
    expect(sportTypesFor('Ride')).toEqual(['Ride', 'GravelRide', 'MountainBikeRide', 'VirtualRide'])
    expect(sportTypesFor('Ride')).not.toContain('EBikeRide')
    expect(sportTypesFor('Ride')).not.toContain('EMountainBikeRide')
  })

  it('takes any other type, a family member included, as that type only', () => {
    for (const type of ['TrailRun', 'VirtualRide', 'EBikeRide', 'Swim', 'Walk', 'Curling']) {
      expect(sportTypesFor(type), type).toEqual([type])
    }
  })

  it('hands out a copy the caller may change', () => {
    sportTypesFor('Run').push('Walk')
    expect(sportTypesFor('Run')).toEqual(['Run', 'TrailRun', 'VirtualRun'])
  })
})

describe('matchesSportFilter', () => {
  it('agrees with sportTypesFor', () => {
    const types = ['Run', 'TrailRun', 'VirtualRun', 'Ride', 'GravelRide', 'MountainBikeRide']
    const all = [...types, 'VirtualRide', 'EBikeRide', 'EMountainBikeRide', 'Swim', 'Hike']
    for (const filter of all) {
      for (const type of all) {
        expect(matchesSportFilter(filter, type), `${filter} ${type}`).toBe(
          sportTypesFor(filter).includes(type),
        )
      }
    }
  })

  it('matches names exactly, as Strava writes them', () => {
    expect(matchesSportFilter('run', 'Run')).toBe(false)
    expect(matchesSportFilter('Run', 'run')).toBe(false)
  })
})

describe('bestEffortDistances', () => {
  it('gives the contract distances per sport, ascending', () => {
    const runs = [400, 1000, 1609.344, 5000, 10_000, 21_097.5, 42_195]
    for (const type of ['Run', 'TrailRun', 'VirtualRun']) {
      expect(bestEffortDistances(type), type).toEqual(runs)
    }
    for (const type of ['Ride', 'GravelRide', 'MountainBikeRide', 'VirtualRide', 'EBikeRide']) {
      expect(bestEffortDistances(type), type).toEqual([10_000, 20_000, 40_000, 100_000])
    }
    expect(bestEffortDistances('Swim')).toEqual([100, 400, 1500])
    expect(bestEffortDistances('Walk')).toEqual([])
    expect(MILE).toBe(1609.344)
  })
})
