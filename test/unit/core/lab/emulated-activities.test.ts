import { describe, expect, it } from 'vitest'
import { bestEfforts } from '../../../../src/main/core/lab/best-efforts'
import { sustainedMaxHeartRate } from '../../../../src/main/core/lab/estimates'
import { meanMax } from '../../../../src/main/core/lab/mean-max'
import { resampleTo1Hz, type SeriesKind } from '../../../../src/main/core/lab/resample'
import { bestEffortDistances } from '../../../../src/main/core/lab/sport-family'
import { stressScore } from '../../../../src/main/core/lab/stress-score'
import { generateDataset } from '../../../strava-emulator'
import { generateStreams } from '../../../strava-emulator/streams'

const thresholds = {
  ftp: 250,
  thresholdHr: 168,
  maxHr: 190,
  restingHr: 50,
  thresholdPace: 290,
}

describe('the lab on emulated activities', () => {
  it('gives finite figures for every sport, with and without each stream', () => {
    const activities = generateDataset(31, 150, Date.UTC(2025, 0, 1))
    let scored = 0
    for (const activity of activities) {
      const streams = generateStreams(activity)
      const time = streams?.time ?? []
      const context = { distance: streams?.distance, moving: streams?.moving }
      const series = (kind: SeriesKind, values: unknown[] | undefined) =>
        resampleTo1Hz(time, values ?? [], { kind, ...context })
      const power = series('power', streams?.watts)
      const heartRate = series('heartrate', streams?.heartrate)
      const speed = series('speed', streams?.velocity_smooth)
      const sportType = activity.sport_type ?? 'Workout'
      const score = stressScore({
        sportType,
        movingSeconds: activity.moving_time,
        distance: activity.distance,
        power,
        heartRate,
        thresholds,
      })
      const label = `${activity.id} ${sportType}`
      expect(Number.isFinite(score.score), label).toBe(true)
      if (score.kind !== 'unscored') scored++
      for (const s of [power, heartRate, speed]) {
        expect(s.values.every(Number.isFinite), label).toBe(true)
        expect(
          meanMax(s.values).every((p) => Number.isFinite(p.value)),
          label,
        ).toBe(true)
      }
      const efforts = bestEfforts(time, streams?.distance ?? [], bestEffortDistances(sportType))
      for (const effort of efforts) {
        expect(effort.seconds, label).toBeGreaterThan(0)
        expect(effort.endOffset, label).toBeLessThanOrEqual(activity.elapsed_time)
      }
      const maxHr = sustainedMaxHeartRate(heartRate.values)
      if (maxHr !== null) expect(maxHr, label).toBeLessThanOrEqual(230)
    }
    expect(scored).toBeGreaterThan(50)
  })
})
