import { describe, expect, it } from 'vitest'
import {
  deriveSummary,
  preferDeviceTotals,
} from '../../../../src/main/core/import/activity-files/derive-summary'
import { addDerivedStreams } from '../../../../src/main/core/import/activity-files/derive-streams'
import { elevationGain } from '../../../../src/main/core/import/activity-files/elevation-gain'
import type { TrackStreams } from '../../../../src/main/core/import/track-points'

const seconds = (n: number, step = 1) => Array.from({ length: n }, (_, i) => i * step)

function summarise(streams: TrackStreams, sport = 'Run', breaks: number[] = []) {
  return deriveSummary(addDerivedStreams(streams, breaks, sport))
}

describe('totals derived from streams', () => {
  it('10 points 100 m apart at 1 s intervals', () => {
    const summary = summarise({ time: seconds(10), distance: seconds(10, 100) })
    expect(summary).toMatchObject({
      distance: 900,
      elapsedTime: 9,
      movingTime: 9,
      averageSpeed: 100,
      maxSpeed: 100,
      totalElevationGain: 0,
      averageHeartrate: null,
      fromDevice: [],
    })
  })

  it('leaves a 60 s pause out of the moving time, but not a 10 s one', () => {
    // 3 m/s for 20 s, one 60 s interval without distance, 3 m/s for 20 s more.
    const time = [...seconds(21), ...seconds(21).map((t) => 80 + t)]
    const distance = [...seconds(21, 3), ...seconds(21, 3).map((d) => 60 + d)]
    const paused = summarise({ time, distance })
    expect(paused).toMatchObject({
      elapsedTime: 100,
      movingTime: 40,
      distance: 120,
      averageSpeed: 3,
    })
    // The same stop as ten 1 s samples standing still: shorter than 15 s, so it stays moving.
    const shortTime = [
      ...seconds(21),
      ...seconds(10).map((t) => 21 + t),
      ...seconds(21).map((t) => 31 + t),
    ]
    const shortDistance = [
      ...seconds(21, 3),
      ...seconds(10).map(() => 60),
      ...seconds(21, 3).map((d) => 60 + d),
    ]
    expect(summarise({ time: shortTime, distance: shortDistance }).movingTime).toBe(51)
    // A stop of 30 one-second samples at a standstill is a stop.
    const longTime = [
      ...seconds(21),
      ...seconds(30).map((t) => 21 + t),
      ...seconds(21).map((t) => 51 + t),
    ]
    const longDistance = [
      ...seconds(21, 3),
      ...seconds(30).map(() => 60),
      ...seconds(21, 3).map((d) => 60 + d),
    ]
    expect(summarise({ time: longTime, distance: longDistance }).movingTime).toBe(40)
  })

  it('uses a ride’s higher threshold: 0.8 m/s is moving on foot, stopped on a bike', () => {
    const streams = { time: seconds(40), distance: seconds(40, 0.8) }
    expect(summarise(streams, 'Walk').movingTime).toBe(39)
    expect(summarise(streams, 'Ride').movingTime).toBe(0)
  })

  it('never counts the interval across a track break as moving or as distance', () => {
    const streams = { time: [0, 1, 2, 600, 601, 602], distance: [0, 3, 6, 6, 9, 12] }
    const summary = summarise(streams, 'Run', [3])
    expect(summary).toMatchObject({ movingTime: 4, elapsedTime: 602, distance: 12 })
  })

  it('does not count ±1 m of altitude noise, counts a 20 m climb in full', () => {
    const time = seconds(200)
    const noise = time.map((t) => 100 + (t % 2 === 0 ? 1 : -1))
    expect(elevationGain(time, noise)).toBe(0)
    // Summing every rise instead would give 99 rises of 2 m.
    expect(
      noise.slice(1).reduce((sum, a, i) => sum + Math.max(0, a - (noise[i] as number)), 0),
    ).toBe(198)
    // Flat at 100 m, a steady 20 m climb over 40 s, flat at 120 m; with the same noise on top.
    const climb = time.map(
      (t) => 100 + Math.min(20, Math.max(0, (t - 60) / 2)) + (t % 2 === 0 ? 1 : -1),
    )
    expect(elevationGain(time, climb)).toBeCloseTo(20, 0)
    // Three real 2 m rollers are under the threshold; a 4 m one is counted.
    const rollers = time.map(
      (t) =>
        100 + (t < 150 ? 2 * Math.sin((t / 50) * Math.PI) ** 2 : 4 * Math.min(1, (t - 150) / 20)),
    )
    expect(elevationGain(time, rollers)).toBeCloseTo(4, 0)
  })

  it('averages heart rate, cadence and power over moving time, zeros in power only', () => {
    const time = seconds(5)
    const summary = summarise({
      time,
      distance: seconds(5, 3),
      heartrate: [100, 120, 0, 140, 160],
      cadence: [0, 80, 0, 90, 90],
      watts: [0, 200, 0, 300, 100],
    })
    // Intervals 1..4 are moving; each value weighs the second that ends with it.
    expect(summary).toMatchObject({
      averageHeartrate: 140,
      maxHeartrate: 160,
      averageCadence: 86.7,
      averageWatts: 150,
      maxWatts: 300,
    })
  })

  it('prefers a device’s totals field by field, and recomputes average speed', () => {
    const derived = summarise({ time: seconds(10), distance: seconds(10, 100) })
    const summary = preferDeviceTotals(derived, {
      distance: 950,
      movingTime: 9.5,
      totalElevationGain: 12,
      averageHeartrate: undefined,
      maxWatts: Number.NaN,
    })
    expect(summary).toMatchObject({
      distance: 950,
      movingTime: 10,
      elapsedTime: 9,
      totalElevationGain: 12,
      averageSpeed: 95,
      maxWatts: null,
      fromDevice: ['distance', 'movingTime', 'totalElevationGain'],
    })
  })
})
