import { describe, expect, it } from 'vitest'
import { fitCriticalPower, type PowerPoint } from '../../../../src/main/core/lab/critical-power'
import { MEAN_MAX_DURATIONS } from '../../../../src/main/core/lab/mean-max'
import { createRandom } from '../../../strava-emulator/prng'

const model = (cp: number, wPrime: number, seconds: number): PowerPoint => ({
  seconds,
  watts: cp + wPrime / seconds,
})
const curveDurations = MEAN_MAX_DURATIONS.filter((s) => s >= 120 && s <= 1200)

describe('fitCriticalPower', () => {
  it('recovers CP and W′ exactly from points on the model, with no error', () => {
    const fit = fitCriticalPower(curveDurations.map((s) => model(265, 18_500, s)))
    expect(fit.kind).toBe('fit')
    if (fit.kind !== 'fit') return
    expect(fit.criticalPower).toBeCloseTo(265, 9)
    expect(fit.wPrime).toBeCloseTo(18_500, 6)
    expect(fit.criticalPowerError).toBeLessThan(1e-9)
    expect(fit.wPrimeError).toBeLessThan(1e-6)
    expect(fit.rmseWatts).toBeLessThan(1e-9)
    expect(fit.points).toHaveLength(12)
  })

  it('reports a real error for noisy points and stays close to the truth', () => {
    const random = createRandom(7)
    const points = curveDurations.map((s) => {
      const p = model(265, 18_500, s)
      return { ...p, watts: p.watts + random.float(-6, 6) }
    })
    const fit = fitCriticalPower(points)
    expect(fit.kind).toBe('fit')
    if (fit.kind !== 'fit') return
    expect(fit.criticalPowerError).toBeGreaterThan(0.1)
    expect(fit.wPrimeError).toBeGreaterThan(50)
    expect(fit.rmseWatts).toBeGreaterThan(1)
    expect(fit.rmseWatts).toBeLessThan(6)
    expect(Math.abs(fit.criticalPower - 265)).toBeLessThan(3 * fit.criticalPowerError + 1)
  })

  it("matches the published linear-model fit of cyclingtools' demo data", () => {
    // Mattioni Maturana et al. (2018), R package cyclingtools, README "Simple analysis":
    // five trials (446 W 100 s ... 280 W 1361 s); method "linear": CP 266 W (SEE 3), W′ 20961 J
    // (SEE 2248). Their trials run from 100 s to 1361 s, so the range is widened to match.
    const trials = [
      { watts: 446, seconds: 100 },
      { watts: 385, seconds: 172 },
      { watts: 324, seconds: 434 },
      { watts: 290, seconds: 857 },
      { watts: 280, seconds: 1361 },
    ]
    const fit = fitCriticalPower(trials, { minSeconds: 100, maxSeconds: 1361 })
    expect(fit.kind).toBe('fit')
    if (fit.kind !== 'fit') return
    expect(fit.criticalPower).toBeCloseTo(265.5, 1)
    expect(Math.round(fit.criticalPowerError)).toBe(3)
    expect(Math.round(fit.wPrime)).toBe(20_961)
    expect(Math.round(fit.wPrimeError)).toBe(2248)
  })

  it('uses only points between 2 and 20 minutes', () => {
    const points = [
      ...curveDurations.map((s) => model(250, 20_000, s)),
      { seconds: 5, watts: 1500 },
      { seconds: 3600, watts: 100 },
    ]
    const fit = fitCriticalPower(points)
    expect(fit.kind === 'fit' && fit.points.map((p) => p.seconds)).toEqual(curveDurations)
    expect(fit.kind === 'fit' && fit.criticalPower).toBeCloseTo(250, 9)
  })

  it('refuses fewer than 3 usable durations, and says so', () => {
    const cases: PowerPoint[][] = [
      [],
      [model(250, 20_000, 180), model(250, 20_000, 600)],
      [model(250, 20_000, 180), model(250, 20_000, 600), { seconds: 900, watts: Number.NaN }],
      [model(250, 20_000, 180), model(250, 20_000, 180), model(250, 20_000, 600)],
      [model(250, 20_000, 30), model(250, 20_000, 60), model(250, 20_000, 3600)],
    ]
    for (const points of cases) {
      const fit = fitCriticalPower(points)
      expect(fit.kind, JSON.stringify(points)).toBe('refused')
      expect(fit.kind === 'refused' && fit.reason).toMatch(
        /^A critical power fit needs efforts of at least 3 different durations between 2 min and 20 min; there are [0-2]\.$/,
      )
    }
  })

  it('refuses points that do not fall off with duration', () => {
    const rising = [120, 300, 600, 1200].map((seconds) => ({ seconds, watts: 150 + seconds / 10 }))
    const fit = fitCriticalPower(rising)
    expect(fit.kind).toBe('refused')
    expect(fit.kind === 'refused' && fit.reason).toMatch(/do not fall off with duration/)
  })
})
