import { describe, expect, it } from 'vitest'
import { localStart, zoneAt } from '../../../../src/main/core/import/activity-files/local-time'

describe('local start time', () => {
  it('finds the zone of the start position offline', () => {
    expect(zoneAt(35.6812, 139.7671)).toBe('Asia/Tokyo')
    expect(zoneAt(40.7128, -74.006)).toBe('America/New_York')
    expect(zoneAt(-33.8688, 151.2093)).toBe('Australia/Sydney')
  })

  it('gives the local wall clock and date from the coordinates', () => {
    // 23:30 UTC on 1 July is 19:30 the same day in New York (EDT, UTC-4).
    const ny = localStart(Date.UTC(2024, 6, 1, 23, 30), undefined, [40.7128, -74.006])
    expect(ny).toEqual({
      startDateLocal: '2024-07-01T19:30:00Z',
      timezone: 'America/New_York',
      utcOffsetSeconds: -4 * 3600,
      timezoneSource: 'coordinates',
    })
    // 23:30 UTC is already the next day in Tokyo, and in winter New York is UTC-5.
    expect(
      localStart(Date.UTC(2024, 0, 1, 23, 30), undefined, [35.68, 139.76]).startDateLocal,
    ).toBe('2024-01-02T08:30:00Z')
    expect(localStart(Date.UTC(2024, 0, 2, 3, 30), undefined, [40.71, -74]).startDateLocal).toBe(
      '2024-01-01T22:30:00Z',
    )
  })

  it('prefers the file’s own offset and names the zone only when they agree', () => {
    const start = Date.UTC(2024, 6, 1, 6)
    expect(localStart(start, 7200, [50.94, 6.96])).toEqual({
      startDateLocal: '2024-07-01T08:00:00Z',
      timezone: 'Europe/Berlin',
      utcOffsetSeconds: 7200,
      timezoneSource: 'file',
    })
    expect(localStart(start, 3600, [50.94, 6.96])).toMatchObject({
      startDateLocal: '2024-07-01T07:00:00Z',
      timezone: null,
      timezoneSource: 'file',
    })
  })

  it('falls back to UTC and says so', () => {
    expect(localStart(Date.UTC(2024, 6, 1, 6, 0, 0, 900), undefined, null)).toEqual({
      startDateLocal: '2024-07-01T06:00:00Z',
      timezone: null,
      utcOffsetSeconds: 0,
      timezoneSource: 'none',
    })
  })
})
