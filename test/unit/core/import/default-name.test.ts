import { describe, expect, it } from 'vitest'
import { defaultActivityName } from '../../../../src/main/core/import/activity-files/default-name'

describe('default names', () => {
  it('names the part of the day at each hour boundary', () => {
    const cases: [string, string][] = [
      ['00:00', 'Night Run'],
      ['03:59', 'Night Run'],
      ['04:00', 'Morning Run'],
      ['10:59', 'Morning Run'],
      ['11:00', 'Lunch Run'],
      ['13:59', 'Lunch Run'],
      ['14:00', 'Afternoon Run'],
      ['16:59', 'Afternoon Run'],
      ['17:00', 'Evening Run'],
      ['19:59', 'Evening Run'],
      ['20:00', 'Night Run'],
      ['23:59', 'Night Run'],
    ]
    for (const [clock, name] of cases) {
      expect(defaultActivityName(`2024-05-01T${clock}:00Z`, 'Run'), clock).toBe(name)
    }
  })

  it('spells the sport as Strava does', () => {
    expect(defaultActivityName('2024-05-01T12:00:00Z', 'Ride')).toBe('Lunch Ride')
    expect(defaultActivityName('2024-05-01T15:00:00Z', 'Ride')).toBe('Afternoon Ride')
    expect(defaultActivityName('2024-05-01T22:00:00Z', 'Swim')).toBe('Night Swim')
    expect(defaultActivityName('2024-05-01T07:00:00Z', 'TrailRun')).toBe('Morning Trail Run')
    expect(defaultActivityName('2024-05-01T07:00:00Z', 'EBikeRide')).toBe('Morning E-Bike Ride')
  })
})
