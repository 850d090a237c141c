import { describe, expect, it } from 'vitest'
import {
  estimateFtp,
  estimateMaxHr,
  estimateThresholdPace,
  sustainedMaxHeartRate,
} from '../../../../src/main/core/lab/estimates'

const hr = (...values: number[]) => Float64Array.from(values)

describe('sustainedMaxHeartRate', () => {
  it('takes the highest value held for 5 seconds, not a spike', () => {
    const series = hr(150, 152, 251, 153, 155, 186, 187, 185, 188, 186, 170, 205, 204, 160)
    // 251 and the two-second 205 are spikes; 185–188 for five seconds holds 185.
    expect(sustainedMaxHeartRate(series)).toBe(185)
  })

  it('ignores windows with a reading above 230 bpm or without a reading', () => {
    expect(sustainedMaxHeartRate(hr(240, 240, 240, 240, 240, 240))).toBeNull()
    expect(sustainedMaxHeartRate(hr(180, 180, 0, 180, 180, 180))).toBeNull()
    expect(sustainedMaxHeartRate(hr(175, 175, 175, 175, 175, 0))).toBe(175)
  })

  it('is null for an activity shorter than the hold, and takes another hold when asked', () => {
    expect(sustainedMaxHeartRate(hr(170, 171, 172, 173))).toBeNull()
    expect(sustainedMaxHeartRate(hr())).toBeNull()
    expect(sustainedMaxHeartRate(hr(170, 171, 172, 173), 2)).toBe(172)
    expect(sustainedMaxHeartRate(hr(170, 171, 172, 173), 0)).toBe(173)
  })
})

describe('estimateFtp', () => {
  it('is 95 % of the best 20-minute power, from the activity that holds it', () => {
    const estimate = estimateFtp([
      { activityId: 11, best20MinutePower: 300 },
      { activityId: 12, best20MinutePower: 320 },
      { activityId: 13, best20MinutePower: Number.NaN },
    ])
    expect(estimate).toEqual({
      value: 304,
      activityId: 12,
      rule: "95 % of your best 20-minute power (320 W), as in Allen & Coggan's 20-minute test.",
    })
    expect(estimateFtp([])).toBeNull()
  })
})

describe('estimateMaxHr', () => {
  it('is the highest sustained maximum, with the rule in words', () => {
    const estimate = estimateMaxHr([
      { activityId: 1, sustainedMaxHr: 181 },
      { activityId: 2, sustainedMaxHr: 189 },
    ])
    expect(estimate?.value).toBe(189)
    expect(estimate?.activityId).toBe(2)
    expect(estimate?.rule).toMatch(/held for 5 seconds in a row/)
    expect(estimateMaxHr([])).toBeNull()
  })
})

describe('estimateThresholdPace', () => {
  it("gives about the same pace from two races Daniels' tables call equal", () => {
    // Daniels' Running Formula, table of VDOT 50 (as listed at r/artc "Dissecting Daniels",
    // part 4): 5 km in 19:57 and 10 km in 41:21. Riegel's one-hour pace from each is computed by us.
    const from5k = estimateThresholdPace([{ activityId: 5, distance: 5000, seconds: 1197 }])
    const from10k = estimateThresholdPace([{ activityId: 10, distance: 10_000, seconds: 2481 }])
    expect(from5k?.value).toBeCloseTo(254.8, 1)
    expect(from10k?.value).toBeCloseTo(253.4, 1)
    // The same table's half marathon, 1:31:35, lies within 3 s/km of both.
    const fromHalf = estimateThresholdPace([{ activityId: 21, distance: 21_097.5, seconds: 5495 }])
    expect(Math.abs((fromHalf?.value ?? 0) - 254)).toBeLessThan(3)
    expect(fromHalf?.rule).toContain('your 21.1 km in 1:31:35 by')
    expect(from5k?.rule).toBe(
      "The pace of a one-hour race predicted from your 5.0 km in 19:57 by Riegel's formula (time grows with distance to the power 1.06); Daniels' threshold pace is about one-hour race pace.",
    )
  })

  it('picks the best prediction and ignores efforts under 10 minutes or over 2 hours', () => {
    const estimate = estimateThresholdPace([
      { activityId: 1, distance: 1000, seconds: 170 },
      { activityId: 2, distance: 5000, seconds: 1200 },
      { activityId: 3, distance: 10_000, seconds: 2400 },
      { activityId: 4, distance: 42_195, seconds: 9000 },
    ])
    expect(estimate?.activityId).toBe(3)
    expect(estimate?.value).toBeCloseTo(245.6, 1)
    expect(estimateThresholdPace([{ activityId: 1, distance: 1000, seconds: 170 }])).toBeNull()
    expect(estimateThresholdPace([])).toBeNull()
  })
})
