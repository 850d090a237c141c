import { describe, expect, test } from 'vitest'
import {
  DAY_MONTH_24H,
  formatCalendarDay,
  formatInstant,
  formatInstantDate,
  formatLocalDate,
  formatLocalDateTimeLong,
  formatLocalTime,
  MONTH_DAY_12H,
  resolveDateStyle,
} from '../../../../src/renderer/src/format/dates'
import { formatSpeed, speedSeries } from '../../../../src/renderer/src/format/units'

describe('one date style for every screen', () => {
  test('24-hour, day first', () => {
    expect(formatLocalDate('2024-05-01T07:30:00Z', DAY_MONTH_24H)).toBe('Wed, 1 May 2024')
    expect(formatLocalTime('2024-05-01T07:30:00Z', DAY_MONTH_24H)).toBe('07:30')
    expect(formatLocalDateTimeLong('2024-05-01T19:05:00Z', DAY_MONTH_24H)).toBe(
      'Wednesday, 1 May 2024 at 19:05',
    )
    expect(formatCalendarDay(new Date(Date.UTC(2024, 0, 29)), DAY_MONTH_24H)).toBe('29 Jan 2024')
    expect(formatCalendarDay(new Date(Date.UTC(2024, 0, 29)), DAY_MONTH_24H, { year: false })).toBe(
      '29 Jan',
    )
  })

  test('12-hour, month first, with midnight and noon as 12', () => {
    expect(formatLocalDate('2024-05-01T07:30:00Z', MONTH_DAY_12H)).toBe('Wed, May 1, 2024')
    expect(formatLocalTime('2024-05-01T07:30:00Z', MONTH_DAY_12H)).toBe('7:30 AM')
    expect(formatLocalTime('2024-05-01T00:05:00Z', MONTH_DAY_12H)).toBe('12:05 AM')
    expect(formatLocalTime('2024-05-01T12:00:00Z', MONTH_DAY_12H)).toBe('12:00 PM')
    expect(formatLocalDateTimeLong('2024-05-01T19:05:00Z', MONTH_DAY_12H)).toBe(
      'Wednesday, May 1, 2024 at 7:05 PM',
    )
    expect(formatCalendarDay(new Date(Date.UTC(2024, 0, 29)), MONTH_DAY_12H)).toBe('Jan 29, 2024')
    expect(formatCalendarDay(new Date(Date.UTC(2024, 0, 29)), MONTH_DAY_12H, { year: false })).toBe(
      'Jan 29',
    )
  })

  test('start_date_local is shown as written: no time zone moves the date or the hour', () => {
    expect(formatLocalDate('2024-12-31T23:30:00Z', DAY_MONTH_24H)).toBe('Tue, 31 Dec 2024')
    expect(formatLocalDateTimeLong('2024-01-01T00:05:00Z', DAY_MONTH_24H)).toBe(
      'Monday, 1 Jan 2024 at 00:05',
    )
  })

  test('instants use this computer’s clock: the time alone today, the date as well otherwise', () => {
    const now = new Date(2024, 4, 2, 18, 0)
    const today = new Date(2024, 4, 2, 9, 5).toISOString()
    const earlier = new Date(2024, 4, 1, 21, 40).toISOString()
    expect(formatInstant(today, DAY_MONTH_24H, now)).toBe('09:05')
    expect(formatInstant(today, MONTH_DAY_12H, now)).toBe('9:05 AM')
    expect(formatInstant(earlier, DAY_MONTH_24H, now)).toBe('1 May 2024, 21:40')
    expect(formatInstant(earlier, MONTH_DAY_12H, now)).toBe('May 1, 2024, 9:40 PM')
    expect(formatInstantDate(earlier, MONTH_DAY_12H)).toBe('May 1, 2024')
  })

  test('"system" takes the order and the clock of the computer’s locale', () => {
    expect(resolveDateStyle('system', 'en-US')).toEqual(MONTH_DAY_12H)
    expect(resolveDateStyle('system', 'en-GB')).toEqual(DAY_MONTH_24H)
    expect(resolveDateStyle('system', 'de-DE')).toEqual(DAY_MONTH_24H)
    expect(resolveDateStyle('day-month-24h', 'en-US')).toEqual(DAY_MONTH_24H)
    expect(resolveDateStyle('month-day-12h', 'de-DE')).toEqual(MONTH_DAY_12H)
  })
})

describe('swim pace', () => {
  test('is per 100 m in metric and per 100 yd in imperial', () => {
    // 1 m/s: 100 m in 1:40, 100 yd (91.44 m) in 1:31.
    expect(formatSpeed(1, 'Swim', 'metric')).toBe('1:40 /100m')
    expect(formatSpeed(1, 'Swim', 'imperial')).toBe('1:31 /100yd')
    expect(speedSeries([1], 'Swim', 'imperial')).toMatchObject({
      label: 'Pace (min/100yd)',
      invert: true,
    })
    expect(speedSeries([1], 'Swim', 'imperial').values[0]).toBeCloseTo(91.44 / 60, 6)
    expect(speedSeries([1], 'Swim', 'metric').label).toBe('Pace (min/100m)')
  })
})
