import { describe, expect, it } from 'vitest'
import {
  findSameActivity,
  isSameActivity,
  type MatchKey,
} from '../../../../src/main/core/import/activity-files/match-activity'

const T = Date.UTC(2024, 4, 1, 6)
const run: MatchKey = { sportType: 'Run', startMs: T, distance: 10_000 }

describe('one activity, never two', () => {
  it('matches starts up to 60 s apart, not 61 s', () => {
    for (const seconds of [0, 1, 30, 59, 60, -59]) {
      expect(isSameActivity(run, { ...run, startMs: T + seconds * 1000 }), `${seconds}`).toBe(true)
    }
    for (const seconds of [61, -61, 3600]) {
      expect(isSameActivity(run, { ...run, startMs: T + seconds * 1000 }), `${seconds}`).toBe(false)
    }
  })

  it('matches distances within 5 %, not 6 %; a missing distance does not decide', () => {
    expect(isSameActivity(run, { ...run, distance: 10_500 })).toBe(true)
    expect(isSameActivity(run, { ...run, distance: 9_500 })).toBe(true)
    expect(isSameActivity(run, { ...run, distance: 10_600 })).toBe(false)
    expect(isSameActivity(run, { ...run, distance: 9_400 })).toBe(false)
    expect(isSameActivity(run, { ...run, distance: null })).toBe(true)
    expect(isSameActivity(run, { ...run, distance: 0 })).toBe(true)
  })

  it('matches within a sport family only', () => {
    const same: [string, string][] = [
      ['Run', 'TrailRun'],
      ['VirtualRun', 'Run'],
      ['Ride', 'GravelRide'],
      ['MountainBikeRide', 'VirtualRide'],
      ['Swim', 'Swim'],
      ['Yoga', 'Yoga'],
    ]
    const different: [string, string][] = [
      ['Run', 'Ride'],
      ['Walk', 'Hike'],
      ['Swim', 'Run'],
      ['Yoga', 'Workout'],
    ]
    for (const [a, b] of same) {
      expect(isSameActivity({ ...run, sportType: a }, { ...run, sportType: b }), `${a}/${b}`).toBe(
        true,
      )
    }
    for (const [a, b] of different) {
      expect(isSameActivity({ ...run, sportType: a }, { ...run, sportType: b }), `${a}/${b}`).toBe(
        false,
      )
    }
    // A file that did not name its sport matches any.
    expect(
      isSameActivity(
        { ...run, sportType: 'Workout', sportKnown: false },
        { ...run, sportType: 'Ride' },
      ),
    ).toBe(true)
  })

  it('finds the closest match among candidates sorted by start', () => {
    const candidates = Array.from({ length: 1000 }, (_, i) => ({
      id: i,
      sportType: i % 2 === 0 ? 'Run' : 'Ride',
      startMs: T + (i - 500) * 20_000,
      distance: 10_000,
    }))
    // Within ±60 s of T: ids 497..503; the runs among them are 498, 500, 502.
    expect(findSameActivity(candidates, run)?.id).toBe(500)
    expect(findSameActivity(candidates, { ...run, startMs: T + 15_000 })?.id).toBe(500)
    expect(findSameActivity(candidates, { ...run, startMs: T + 25_000 })?.id).toBe(502)
    expect(findSameActivity(candidates, { ...run, sportType: 'Swim' })).toBeUndefined()
    expect(findSameActivity(candidates, { ...run, startMs: T + 10 ** 9 })).toBeUndefined()
    expect(findSameActivity([], run)).toBeUndefined()
  })
})
