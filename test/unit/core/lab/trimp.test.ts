import { describe, expect, it } from 'vitest'
import { banisterTrimp, steadyTrimp } from '../../../../src/main/core/lab/trimp'

const male = (restingHr: number, maxHr: number) => ({ restingHr, maxHr, sex: 'male' as const })
const minutesAt = (hr: number, minutes: number) => new Float64Array(minutes * 60).fill(hr)

describe('banisterTrimp', () => {
  it("matches Fellrnr's worked example: 30 min at 130 bpm, resting 40, max 200, male ≈ 32", () => {
    // fellrnr.com/wiki/TRIMP, "Worked Example": 30 × 0.5625 × 0.64e^(1.92 × 0.5625), "a value of 32".
    const trimp = banisterTrimp(minutesAt(130, 30), male(40, 200))
    expect(trimp).toBeCloseTo(31.8, 1)
    expect(Math.round(trimp)).toBe(32)
  })

  it('matches a second published example: 45 min at 150 bpm, resting 60, max 190, male = 75.36', () => {
    // calculatorhub.com TRIMP calculator, "Worked example": reserve 0.6923, weighting 2.4191.
    expect(banisterTrimp(minutesAt(150, 45), male(60, 190))).toBeCloseTo(75.36, 1)
  })

  it('tops out at 4.37 a minute for men (Fellrnr: "0 to 4.37 per minute")', () => {
    expect(banisterTrimp(minutesAt(200, 1), male(40, 200))).toBeCloseTo(4.37, 2)
  })

  it("uses the contract's female weighting, 0.86·e^(1.67·x)", () => {
    const female = { restingHr: 40, maxHr: 200, sex: 'female' as const }
    const x = (130 - 40) / 160
    expect(banisterTrimp(minutesAt(130, 30), female)).toBeCloseTo(
      30 * x * 0.86 * Math.exp(1.67 * x),
      9,
    )
  })

  it('skips missing readings and adds nothing below resting; above the maximum counts as the maximum', () => {
    const range = male(50, 190)
    expect(banisterTrimp(new Float64Array(600), range)).toBe(0)
    expect(banisterTrimp(minutesAt(45, 10), range)).toBe(0)
    expect(banisterTrimp(minutesAt(220, 10), range)).toBeCloseTo(steadyTrimp(190, 10, range), 9)
    const withGaps = Float64Array.from([...minutesAt(140, 10), ...new Float64Array(300)])
    expect(banisterTrimp(withGaps, range)).toBeCloseTo(steadyTrimp(140, 10, range), 9)
  })

  it('sums second by second: the same as steadyTrimp for a steady heart rate', () => {
    const range = male(48, 186)
    expect(banisterTrimp(minutesAt(160, 60), range)).toBeCloseTo(steadyTrimp(160, 60, range), 9)
  })
})
