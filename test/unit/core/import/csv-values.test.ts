import { describe, expect, it } from 'vitest'
import {
  normalizeArchivePath,
  parseExportDate,
  parseExportNumber,
  toSportType,
} from '../../../../src/main/core/import/csv-values'

describe('activities.csv values', () => {
  it('reads the date forms Strava writes, as UTC', () => {
    const at = Date.UTC(2021, 2, 14, 19, 32, 10)
    const cases: [string, number | null][] = [
      ['Mar 14, 2021, 7:32:10 PM', at],
      ['Mar 14, 2021 7:32:10 PM', at],
      ['14 Mar 2021, 19:32:10', at],
      ['2021-03-14T19:32:10Z', at],
      ['2021-03-14 19:32:10', at],
      ['2021-03-14T21:32:10+02:00', at],
      ['Dec 1, 2020, 12:05:00 AM', Date.UTC(2020, 11, 1, 0, 5, 0)],
      ['Dec 1, 2020, 12:05:00 PM', Date.UTC(2020, 11, 1, 12, 5, 0)],
      ['Feb 30, 2021, 7:00:00 AM', null],
      ['Foo 1, 2021, 7:00:00 AM', null],
      ['', null],
      ['yesterday', null],
    ]
    for (const [text, expected] of cases) expect(parseExportDate(text), text).toBe(expected)
  })

  it('reads numbers with a decimal point or comma, and paths and sport types', () => {
    expect([' 12.5 ', '12,5', '1,234.5', '', 'n/a', '-3'].map(parseExportNumber)).toEqual([
      12.5,
      12.5,
      1234.5,
      null,
      null,
      -3,
    ])
    expect(['Virtual Ride', 'Weight Training', 'E-Bike Ride', 'Run', ''].map(toSportType)).toEqual([
      'VirtualRide',
      'WeightTraining',
      'EBikeRide',
      'Run',
      'Workout',
    ])
    expect(
      ['./activities/1.fit.gz', 'activities\\2.gpx', ' ', '/activities/3.tcx'].map(
        normalizeArchivePath,
      ),
    ).toEqual(['activities/1.fit.gz', 'activities/2.gpx', null, 'activities/3.tcx'])
  })
})
