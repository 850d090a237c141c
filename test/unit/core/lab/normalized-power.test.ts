import { describe, expect, it } from 'vitest'
import { normalizedPower } from '../../../../src/main/core/lab/normalized-power'
import { seriesOf, steady } from '../../../helpers/lab-series'

describe('normalizedPower', () => {
  it('is the power itself for a perfectly steady effort', () => {
    expect(normalizedPower(steady(200, 3600))).toBe(200)
  })

  it('weights surges: 30 s on, 30 s off gives the fourth-power mean of a triangle wave', () => {
    // Computed by hand from Allen & Coggan's four steps (30 s rolling average, 4th power, mean,
    // 4th root). Over one 60 s period the rolling average holds k/30 of P on k = 30, 29, ..., 1,
    // 0, 1, ..., 29 seconds, so mean((k/30)^4) = (30^4 + 2·Σ_{k=1}^{29} k^4) / (60·30^4), with
    // Σ k^4 = n(n+1)(2n+1)(3n²+3n−1)/30 = 4,463,999 for n = 29.
    const P = 300
    const values = Array.from({ length: 29 + 3600 }, (_, i) => (i % 60 < 30 ? P : 0))
    const sumOfFourthPowers = (29 * 30 * 59 * (3 * 29 * 29 + 3 * 29 - 1)) / 30
    expect(sumOfFourthPowers).toBe(4_463_999)
    const expected = P * ((30 ** 4 + 2 * sumOfFourthPowers) / (60 * 30 ** 4)) ** 0.25
    expect(normalizedPower(seriesOf(values))).toBeCloseTo(expected, 9)
    // The continuous triangle wave's value, P / 5^(1/4), is within 0.1 W.
    expect(Math.abs(expected - P / 5 ** 0.25)).toBeLessThan(0.1)
    // Average power is 150 W here.
    expect(expected).toBeGreaterThan(200)
  })

  it('is the mean power of an activity shorter than one 30 s window', () => {
    expect(normalizedPower(seriesOf([100, 200, 300]))).toBe(200)
    expect(normalizedPower(seriesOf([]))).toBe(0)
  })

  it('averages only windows ending on a moving second: a stop does not dilute NP', () => {
    const hour = new Array(3600).fill(200)
    const stop = new Array(1800).fill(0)
    const values = [...hour, ...stop, ...hour]
    const moving = [...hour.map(() => 1), ...stop.map(() => 0), ...hour.map(() => 1)]
    const np = normalizedPower(seriesOf(values, moving))
    // The 29 windows after the stop still hold some of its zeros.
    expect(np).toBeGreaterThan(199)
    expect(np).toBeLessThan(200)
    // Counting the stop as riding would give about 200 · (2 / 2.5)^(1/4) ≈ 189 W.
    expect(normalizedPower(seriesOf(values))).toBeLessThan(190)
  })

  it('is 0, never NaN, without power or without a moving second', () => {
    expect(normalizedPower(steady(0, 600))).toBe(0)
    expect(normalizedPower(seriesOf([250, 250, 250], [0, 0, 0]))).toBe(0)
    expect(normalizedPower(seriesOf(new Array(100).fill(250), new Array(100).fill(0)))).toBe(0)
  })
})
