import { describe, expect, it } from 'vitest'
import { dayNumber, formatDay } from '../../../../src/main/core/lab/calendar-day'

const DAY_MS = 86_400_000

describe('calendar days', () => {
  it('writes every day as the calendar does, leap days and century years included', () => {
    for (let day = -719_162; day <= 2_932_896; day += 373) {
      expect(formatDay(day), String(day)).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10))
    }
    for (const date of ['2000-02-29', '1900-03-01', '2024-02-29', '2100-02-28', '1970-01-01']) {
      expect(formatDay(dayNumber(date))).toBe(date)
    }
  })

  it('refuses days the calendar does not have', () => {
    for (const text of ['2025-02-29', '2100-02-29', '2025-13-01', '2025-1-01', '2025-04-31']) {
      expect(() => dayNumber(text), text).toThrow(/YYYY-MM-DD/)
    }
  })
})
