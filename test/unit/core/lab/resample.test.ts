import { describe, expect, it } from 'vitest'
import { MAX_INTERPOLATED_GAP_SECONDS, resampleTo1Hz } from '../../../../src/main/core/lab/resample'
import { secondsUpTo } from '../../../helpers/lab-series'

const power = { kind: 'power' } as const

describe('resampleTo1Hz', () => {
  it('copies a gap-free 1 Hz stream as it is, every second moving', () => {
    const series = resampleTo1Hz([0, 1, 2, 3], [100, 250, 0, 180], power)
    expect([...series.values]).toEqual([100, 250, 0, 180])
    expect([...series.moving]).toEqual([1, 1, 1, 1])
    expect(series.movingSeconds).toBe(4)
  })

  it('interpolates a gap while moving (smart recording), second by second', () => {
    const series = resampleTo1Hz([0, 1, 6], [100, 100, 200], {
      ...power,
      distance: [0, 8, 48],
    })
    expect([...series.values]).toEqual([100, 100, 120, 140, 160, 180, 200])
    expect(series.movingSeconds).toBe(7)
  })

  it('bridges nulls in watts (sensor dropouts) the same way', () => {
    const series = resampleTo1Hz([0, 1, 2, 3], [100, null, null, 130], power)
    expect([...series.values]).toEqual([100, 110, 120, 130])
  })

  it('fills a gap spent standing still with zeros that are not moving', () => {
    // 1 m in 30 s: auto-pause at a traffic light.
    const series = resampleTo1Hz([0, 1, 31, 32], [200, 200, 150, 150], {
      ...power,
      distance: [0, 4, 5, 9],
    })
    expect(series.values[1]).toBe(200)
    expect([...series.values.subarray(2, 31)]).toEqual(new Array(29).fill(0))
    expect([...series.moving.subarray(2, 31)]).toEqual(new Array(29).fill(0))
    expect([...series.values.subarray(31)]).toEqual([150, 150])
    expect(series.movingSeconds).toBe(4)
  })

  it('interpolates up to 90 s without a distance stream, and treats a longer gap as a stop', () => {
    const limit = MAX_INTERPOLATED_GAP_SECONDS
    expect(limit).toBe(90)
    const bridged = resampleTo1Hz([0, limit], [100, 190], power)
    expect(bridged.values[45]).toBe(145)
    expect(bridged.movingSeconds).toBe(limit + 1)
    const stopped = resampleTo1Hz([0, limit + 1], [100, 190], power)
    expect(stopped.values[45]).toBe(0)
    expect(stopped.values[limit + 1]).toBe(190)
    expect(stopped.movingSeconds).toBe(2)
  })

  it('takes zeros in heart rate for missing readings, not for a heart at rest', () => {
    const series = resampleTo1Hz([0, 1, 2], [150, 0, 152], { kind: 'heartrate' })
    expect([...series.values]).toEqual([150, 151, 152])
    const speed = resampleTo1Hz([0, 1, 2], [3, 0, 3], { kind: 'speed' })
    expect([...speed.values]).toEqual([3, 0, 3])
  })

  it("marks the seconds Strava's moving stream calls stopped", () => {
    const series = resampleTo1Hz([0, 1, 2, 3], [10, 0, 0, 10], {
      ...power,
      moving: [true, false, false, true],
    })
    expect([...series.moving]).toEqual([1, 0, 0, 1])
    expect(series.movingSeconds).toBe(2)
  })

  it('indexes by time offset: before the first sample nothing was measured', () => {
    const series = resampleTo1Hz([3, 4], [200, 220], power)
    expect([...series.values]).toEqual([0, 0, 0, 200, 220])
    expect([...series.moving]).toEqual([0, 0, 0, 1, 1])
  })

  it('covers the time stream to its end, even where the value stream stops early', () => {
    const series = resampleTo1Hz([0, 1, 2, 3], [100, 100], power)
    expect([...series.values]).toEqual([100, 100, 0, 0])
    expect(series.movingSeconds).toBe(2)
  })

  it('returns empty series for empty or unusable streams', () => {
    for (const [time, values] of [
      [[], []],
      [[0, 1], []],
      [[], [1, 2]],
      [
        [null, 'x'],
        [1, 2],
      ],
    ] as unknown[][][]) {
      const series = resampleTo1Hz(time as unknown[], values as unknown[], power)
      expect(series.movingSeconds, JSON.stringify([time, values])).toBe(0)
      expect(series.values.every((v) => v === 0)).toBe(true)
    }
  })

  it('never yields NaN from junk samples, backward time or a runaway time stream', () => {
    const time = [0, 1, 1, 0.5, 2, Number.NaN, 3, -4, 4, 5, 6, 1e12]
    const values = [100, 'x', 300, 400, null, 600, Number.NaN, 800, -5, Infinity, 150, 1]
    const series = resampleTo1Hz(time, values, power)
    expect(series.values.length).toBe(7 * 86_400)
    expect(series.values.every(Number.isFinite)).toBe(true)
    // Usable: (0, 100), (1, 300), (6, 150); the rest is skipped and bridged.
    expect([...series.values.subarray(0, 7)]).toEqual([100, 300, 270, 240, 210, 180, 150])
    expect(series.movingSeconds).toBe(7)
  })

  it('handles a long steady stream without surprises', () => {
    const n = 10_800
    const series = resampleTo1Hz(secondsUpTo(n), new Array(n).fill(250), power)
    expect(series.values.length).toBe(n)
    expect(series.movingSeconds).toBe(n)
    expect(series.values.every((v) => v === 250)).toBe(true)
  })
})
