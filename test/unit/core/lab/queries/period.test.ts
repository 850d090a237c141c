import { expect, it } from 'vitest'
import { dayNumber } from '../../../../../src/main/core/lab/calendar-day'
import { periodOf } from '../../../../../src/main/core/lab/queries/period'

it('reads days as local days and date-times as instants, both inclusive', () => {
  expect(periodOf('2025-03-03', '2025-03-04')).toEqual({
    firstDay: dayNumber('2025-03-03'),
    lastDay: dayNumber('2025-03-04'),
  })
  const instants = periodOf('2025-03-05T17:00:00Z', '2025-03-05T18:00:00+01:00')
  expect(instants.fromInstant).toBe(Date.UTC(2025, 2, 5, 17) / 1000)
  expect(instants.toInstant).toBe(Date.UTC(2025, 2, 5, 17) / 1000)
  // The day range around an instant keeps every activity that can start at it.
  expect(instants.firstDay).toBeLessThanOrEqual(dayNumber('2025-03-05') - 1)
  expect(instants.lastDay).toBeGreaterThanOrEqual(dayNumber('2025-03-05') + 1)
  expect(() => periodOf('yesterday', undefined)).toThrow(/neither a date nor a date-time/)
})
