import { describe, expect, it } from 'vitest'
import { MEAN_MAX_DURATIONS, meanMax } from '../../../../src/main/core/lab/mean-max'
import { createRandom } from '../../../strava-emulator/prng'

describe('MEAN_MAX_DURATIONS', () => {
  it('holds the contract durations among 42, ascending up to 5 hours', () => {
    expect(MEAN_MAX_DURATIONS).toHaveLength(42)
    for (const seconds of [1, 5, 15, 30, 60, 300, 600, 1200, 3600]) {
      expect(MEAN_MAX_DURATIONS, String(seconds)).toContain(seconds)
    }
    expect(MEAN_MAX_DURATIONS[MEAN_MAX_DURATIONS.length - 1]).toBe(18_000)
  })

  it('spaces durations at most 4/3 apart above 10 s, for a smooth log-axis curve', () => {
    MEAN_MAX_DURATIONS.forEach((seconds, i) => {
      const next = MEAN_MAX_DURATIONS[i + 1]
      if (next === undefined) return
      expect(next, String(seconds)).toBeGreaterThan(seconds)
      if (seconds >= 10) expect(next / seconds, String(seconds)).toBeLessThanOrEqual(4 / 3)
    })
  })
})

describe('meanMax', () => {
  it('finds the best window and where it starts (hand-computed)', () => {
    const series = Float64Array.from([1, 3, 2, 5, 4])
    expect(meanMax(series, [1, 2, 3, 5])).toEqual([
      { seconds: 1, value: 5, startOffset: 3 },
      { seconds: 2, value: 4.5, startOffset: 3 },
      { seconds: 3, value: 11 / 3, startOffset: 2 },
      { seconds: 5, value: 3, startOffset: 0 },
    ])
  })

  it('keeps the earliest of equal windows', () => {
    expect(meanMax(Float64Array.from([7, 7, 7]), [2])).toEqual([
      { seconds: 2, value: 7, startOffset: 0 },
    ])
  })

  it('leaves out durations longer than the series, and anything that is not whole seconds', () => {
    const series = new Float64Array(90).fill(200)
    expect(meanMax(series).map((p) => p.seconds)).toEqual(MEAN_MAX_DURATIONS.filter((s) => s <= 90))
    expect(meanMax(series, [0, -5, 1.5, Number.NaN, 91])).toEqual([])
    expect(meanMax(new Float64Array(0))).toEqual([])
  })

  it('agrees with the plain definition on random power, heart-rate and speed series', () => {
    const random = createRandom(42)
    for (const [low, high] of [
      [0, 900],
      [95, 190],
      [0, 6],
    ] as const) {
      const series = Float64Array.from({ length: 700 }, () => random.float(low, high))
      const durations = [1, 2, 7, 30, 64, 299, 700]
      for (const point of meanMax(series, durations)) {
        let best = -Infinity
        let start = -1
        for (let s = 0; s + point.seconds <= series.length; s++) {
          let sum = 0
          for (let i = s; i < s + point.seconds; i++) sum += series[i] ?? 0
          if (sum / point.seconds > best + 1e-9) {
            best = sum / point.seconds
            start = s
          }
        }
        expect(point.value, `${point.seconds} s`).toBeCloseTo(best, 9)
        expect(point.startOffset, `${point.seconds} s`).toBe(start)
      }
    }
  })

  it('is finite for a 5-hour series', () => {
    const series = new Float64Array(18_000).fill(180)
    const curve = meanMax(series)
    expect(curve).toHaveLength(42)
    expect(curve.every((p) => p.value === 180 && Number.isFinite(p.value))).toBe(true)
  })
})
