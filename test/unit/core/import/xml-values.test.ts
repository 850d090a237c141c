import { afterEach, describe, expect, it } from 'vitest'
import { parseXmlTime } from '../../../../src/main/core/import/xml-values'

const originalTz = process.env.TZ

describe('GPX and TCX times', () => {
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it('reads a time without a zone as UTC, whatever the machine’s zone', () => {
    process.env.TZ = 'America/New_York'
    // Date.parse would read the zone-less time in New York time, four hours later in UTC.
    expect(Date.parse('2024-05-01T06:00:00')).not.toBe(Date.UTC(2024, 4, 1, 6))
    expect(parseXmlTime('2024-05-01T06:00:00')).toBe(Date.UTC(2024, 4, 1, 6))
    expect(parseXmlTime(' 2024-05-01T06:00:00.25 ')).toBe(Date.UTC(2024, 4, 1, 6, 0, 0, 250))
  })

  it('applies a written zone or offset', () => {
    const cases: [string, number][] = [
      ['2024-05-01T06:00:00Z', Date.UTC(2024, 4, 1, 6)],
      ['2024-05-01T08:00:00+02:00', Date.UTC(2024, 4, 1, 6)],
      ['2024-05-01T01:30:00-0430', Date.UTC(2024, 4, 1, 6)],
      ['2024-05-01T06:00:00.123456Z', Date.UTC(2024, 4, 1, 6, 0, 0, 123)],
      ['1901-12-13T20:45:52Z', -2147483648000],
    ]
    for (const [text, ms] of cases) expect(parseXmlTime(text), text).toBe(ms)
  })

  it('refuses what is not a time', () => {
    for (const text of [
      '',
      'yesterday',
      '2024-13-01T00:00:00Z',
      '2024-05-01T25:00:00Z',
      '1714543200',
    ]) {
      expect(parseXmlTime(text), text).toBeUndefined()
    }
  })
})
