import { describe, expect, it } from 'vitest'
import { parseActivityFile } from '../../../../src/main/core/import/activity-files/parse-activity-file'
import type {
  ParsedFile,
  RecordedActivity,
} from '../../../../src/main/core/import/activity-files/recorded-activity'
import { pointsToStreams } from '../../../../src/main/core/import/track-points'
import { readFitTrack } from '../../../../src/main/core/import/fit-track'
import { fitBytes, straightTrack, type Sample } from '../../../helpers/device-files'

const T = Date.UTC(2024, 4, 1, 6)
const NOW = Date.UTC(2025, 0, 1)
const FIT_EPOCH_S = 631_065_600

const parse = (bytes: Uint8Array) => parseActivityFile(bytes, 'fit', { now: NOW })

function only(parsed: ParsedFile): RecordedActivity {
  if (parsed.kind !== 'activity') throw new Error(`skipped: ${parsed.reason}`)
  expect(parsed.activities).toHaveLength(1)
  return parsed.activities[0] as RecordedActivity
}

/** A run of `count` samples, 3 m a second, distance written by the device. */
function run(start: number, count: number, distanceFrom = 0): Sample[] {
  return straightTrack(start, count, { step: 3 }).map((p, i) => ({
    ...p,
    distance: distanceFrom + i * 3,
  }))
}

describe('FIT files that break naive importers', () => {
  it('skips files that are not activities, saying what they are', () => {
    const cases: [number, string][] = [
      [2, 'a FIT settings file, not an activity'],
      [5, 'a FIT workout file, not an activity'],
      [6, 'a FIT course file, not an activity'],
      [9, 'a FIT weight scale file, not an activity'],
      [32, 'a FIT monitoring file, not an activity'],
      [15, 'a FIT monitoring file, not an activity'],
      [77, 'a FIT file of type 77, not an activity'],
    ]
    for (const [type, reason] of cases) {
      expect(parse(fitBytes({ type, records: run(T, 5) })), `type ${type}`).toEqual({
        kind: 'skipped',
        reason,
      })
    }
  })

  it('anchors times counted from power-on with the file’s timestamp correlation', () => {
    // The device was switched on 1,000 s before the run; its clock met UTC at system time 500.
    const records = run(T, 10).map((p, i) => ({ ...p, fitTime: 1000 + i }))
    const utcAt500 = T / 1000 - FIT_EPOCH_S - 500
    const bytes = fitBytes({
      records,
      timestampCorrelation: { timestamp: utcAt500, systemTimestamp: 500 },
    })
    const activity = only(parse(bytes))
    expect(activity.startMs).toBe(T)
    expect(activity.summary).toMatchObject({ elapsedTime: 9, distance: 27 })
  })

  it('anchors them with device_settings.utc_offset', () => {
    const records = run(T, 10).map((p, i) => ({ ...p, fitTime: 1000 + i }))
    const utcOffset = T / 1000 - FIT_EPOCH_S - 1000
    expect(only(parse(fitBytes({ records, deviceSettings: { utcOffset } }))).startMs).toBe(T)
  })

  it('skips power-on times with nothing to anchor them (and the export path gets no streams)', () => {
    const records = run(T, 10).map((p, i) => ({ ...p, fitTime: 1000 + i }))
    const bytes = fitBytes({ records })
    expect(parse(bytes)).toEqual({
      kind: 'skipped',
      reason:
        'its times count from when the device was switched on, and it has no clock time to anchor them',
    })
    expect(pointsToStreams(readFitTrack(bytes))).toBeNull()
  })

  it('makes each multisport leg its own activity, distance from zero, transitions left out', () => {
    const swim = run(T, 11) // 30 m
    const transition = run(T + 20_000, 6) // device distance restarts at every session
    const bike = run(T + 40_000, 21).map((p, i) => ({ ...p, distance: i * 10 }))
    const bytes = fitBytes({
      records: [...swim, ...transition, ...bike],
      sessions: [
        {
          startTime: new Date(T),
          totalElapsedTime: 10,
          sport: 'swimming',
          subSport: 'openWater',
          totalDistance: 30,
        },
        { startTime: new Date(T + 20_000), totalElapsedTime: 5, sport: 'transition' },
        {
          startTime: new Date(T + 40_000),
          totalElapsedTime: 20,
          sport: 'cycling',
          totalDistance: 200,
        },
      ],
    })
    const parsed = parse(bytes)
    if (parsed.kind !== 'activity') throw new Error(parsed.reason)
    expect(parsed.activities.map((a) => [a.sportType, a.startMs, a.summary.distance])).toEqual([
      ['Swim', T, 30],
      ['Ride', T + 40_000, 200],
    ])
    const ride = parsed.activities[1] as RecordedActivity
    expect(ride.streams.distance?.[0]).toBe(0)
    expect(ride.streams.distance?.at(-1)).toBe(200)
    expect(parsed.warnings).toEqual(['1 transition(s) between legs were left out'])
    // Read as one activity (the Strava export), the distance runs on across the legs.
    const whole = pointsToStreams(readFitTrack(bytes)) as { distance: number[] }
    expect(whole.distance.at(-1)).toBe(30 + 15 + 200)
    expect(whole.distance.every((d, i) => i === 0 || d >= (whole.distance[i - 1] as number))).toBe(
      true,
    )
  })

  it('prefers the session’s totals, takes its laps, workout name and local offset', () => {
    const records = run(T, 61)
    const bytes = fitBytes({
      records,
      workout: { wktName: '6x400 m' },
      laps: [
        {
          startTime: new Date(T),
          totalElapsedTime: 30,
          totalTimerTime: 30,
          totalDistance: 90,
          avgHeartRate: 150,
          avgPower: 250,
        },
        {
          startTime: new Date(T + 30_000),
          totalElapsedTime: 30,
          totalTimerTime: 28,
          totalDistance: 90,
          maxHeartRate: 170,
        },
      ],
      sessions: [
        {
          startTime: new Date(T),
          sport: 'running',
          subSport: 'trail',
          totalElapsedTime: 60,
          totalTimerTime: 60,
          totalDistance: 181.5,
          totalAscent: 7,
          avgHeartRate: 155,
          totalCalories: 40,
          firstLapIndex: 0,
          numLaps: 2,
        },
      ],
      activity: {
        timestamp: new Date(T + 60_000),
        localTimestamp: (T + 60_000) / 1000 - FIT_EPOCH_S + 9 * 3600,
      },
    })
    const activity = only(parse(bytes))
    expect(activity).toMatchObject({
      sportType: 'TrailRun',
      name: '6x400 m',
      nameFromFile: true,
      startDateLocal: '2024-05-01T15:00:00Z',
      timezoneSource: 'file',
      utcOffsetSeconds: 9 * 3600,
      calories: 40,
      device: 'Garmin fr945',
    })
    expect(activity.summary).toMatchObject({
      distance: 181.5,
      movingTime: 60,
      elapsedTime: 60,
      totalElevationGain: 7,
      averageHeartrate: 155,
      averageSpeed: 3.025,
    })
    expect(
      activity.laps.map((l) => [
        l.startOffset,
        l.startIndex,
        l.endIndex,
        l.elapsedTime,
        l.movingTime,
        l.distance,
      ]),
    ).toEqual([
      [0, 0, 29, 30, 30, 90],
      [30, 30, 60, 30, 28, 90],
    ])
    expect(activity.laps[0]).toMatchObject({
      averageHeartrate: 150,
      averageWatts: 250,
      averageSpeed: 3,
    })
  })

  it('keeps file order when one record is stamped out of order, so distance is not doubled', () => {
    // No device distance: it is measured along the positions.
    const records = straightTrack(T, 101, { step: 10 })
    const bad = records[50] as Sample
    records[50] = { ...bad, timeMs: T + 500_000 }
    const activity = only(parse(fitBytes({ records })))
    expect(activity.summary.distance).toBeCloseTo(1000, 0)
    expect(activity.streams.time).toHaveLength(100)
  })

  it('skips a truncated file by its checksum', () => {
    const bytes = fitBytes({ records: run(T, 30) })
    expect(parse(bytes.subarray(0, bytes.length - 20))).toEqual({
      kind: 'skipped',
      reason: 'the FIT checksum does not match',
    })
  })
})
