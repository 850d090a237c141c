import { describe, expect, it } from 'vitest'
import { KILOMETRE, MILE, eddingtonNumber } from '../../../../src/main/core/lab/eddington'

const km = (...days: number[]) => days.map((d) => d * 1000)

describe('eddingtonNumber', () => {
  it('is the h-index of the days (hand-computed)', () => {
    // Days of 3, 0, 6, 1 and 5 km: three days of at least 3 km, not four of at least 4.
    expect(eddingtonNumber(km(3, 0, 6, 1, 5), KILOMETRE)).toEqual({ n: 3, daysForNext: 2 })
    expect(eddingtonNumber(km(10, 10, 10), KILOMETRE)).toEqual({ n: 3, daysForNext: 1 })
    expect(eddingtonNumber(km(1), KILOMETRE)).toEqual({ n: 1, daysForNext: 2 })
  })

  it("matches the definition's own example: E = 70 is 70 days of at least 70 miles", () => {
    // Wikipedia ("Arthur Eddington", as quoted at 61-63.blogspot.com, 2024/01): "an Eddington
    // number of 70 would imply that the cyclist has cycled at least 70 miles in a day on at least
    // 70 occasions". The days below are ours, built from that sentence.
    const days = new Array<number>(70).fill(75 * MILE)
    expect(eddingtonNumber(days, MILE)).toEqual({ n: 70, daysForNext: 1 })
    expect(eddingtonNumber([...days, 69 * MILE], MILE)).toEqual({ n: 70, daysForNext: 1 })
    // One more long day: 71 days of at least 71 miles, 70 of them long enough for 72.
    expect(eddingtonNumber([...days, 71 * MILE], MILE)).toEqual({ n: 71, daysForNext: 2 })
  })

  it("reproduces a rider's published standing: E 96 km, with 85 days of 100 km or more", () => {
    // explorersquare.wordpress.com/2016/12/15/eddington-number: "I have done 96 96km rides, I've
    // only done 85 100km rides". The 11 other days are taken as exactly 96 km (our assumption),
    // so 12 more days of 97 km are needed for 97.
    const days = [...new Array<number>(85).fill(100_000), ...new Array<number>(11).fill(96_000)]
    expect(eddingtonNumber([...days, 40_000, 12_000], KILOMETRE)).toEqual({
      n: 96,
      daysForNext: 12,
    })
  })

  it('counts a day of exactly n units, in miles too', () => {
    expect(eddingtonNumber([3 * MILE, 3 * MILE, 3 * MILE], MILE).n).toBe(3)
    // 7 · 1609.344 / 1609.344 is 6.999999999999999 in floating point.
    expect(eddingtonNumber(new Array<number>(7).fill(7 * MILE), MILE).n).toBe(7)
    expect(eddingtonNumber([3 * MILE - 0.001, 3 * MILE, 3 * MILE], MILE).n).toBe(2)
    expect(eddingtonNumber(km(2, 2), KILOMETRE)).toEqual({ n: 2, daysForNext: 3 })
  })

  it('differs between km and miles for the same days', () => {
    const days = km(20, 20, 20, 20, 20, 8, 8, 8, 8, 8)
    expect(eddingtonNumber(days, KILOMETRE)).toEqual({ n: 8, daysForNext: 4 })
    // 20 km is 12.4 miles and 8 km only 4.97: five days reach 6 miles; a sixth such day makes 6.
    expect(eddingtonNumber(days, MILE)).toEqual({ n: 5, daysForNext: 1 })
  })

  it('is 0 without days, or with days of nothing', () => {
    expect(eddingtonNumber([], KILOMETRE)).toEqual({ n: 0, daysForNext: 1 })
    expect(eddingtonNumber([0, 0, Number.NaN, -5, 999], KILOMETRE)).toEqual({
      n: 0,
      daysForNext: 1,
    })
  })
})
