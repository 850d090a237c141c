import { describe, expect, it } from 'vitest'
import { stressScore, type StressInput } from '../../../../src/main/core/lab/stress-score'
import { seriesOf, steady } from '../../../helpers/lab-series'

const hour = 3600
const heart = { thresholdHr: 170, maxHr: 192, restingHr: 50 }

function input(overrides: Partial<StressInput>): StressInput {
  return { sportType: 'Ride', movingSeconds: hour, distance: 30_000, thresholds: {}, ...overrides }
}

describe('stressScore by power', () => {
  it('gives 100 for one hour at exactly FTP (the definition of TSS)', () => {
    const score = stressScore(input({ power: steady(250, hour), thresholds: { ftp: 250 } }))
    expect(score).toMatchObject({ kind: 'power', normalizedPower: 250, intensity: 1, hours: 1 })
    expect(score.score).toBeCloseTo(100, 10)
  })

  it('is hours · IF² · 100: two hours at 75 % of FTP give 112.5 (computed by hand)', () => {
    const score = stressScore(
      input({ movingSeconds: 2 * hour, power: steady(210, 2 * hour), thresholds: { ftp: 280 } }),
    )
    expect(score.kind).toBe('power')
    expect(score.score).toBeCloseTo(112.5, 9)
    expect(score.kind === 'power' && score.explanation).toBe(
      'Scored by power: NP 210 W against FTP 280 W is an intensity of 0.75; 2 h 00 min of moving time × 0.75² × 100 = 113.',
    )
  })

  it('counts moving time as the hours, falling back on the power series without one', () => {
    const series = steady(250, hour)
    const half = stressScore(
      input({ movingSeconds: hour / 2, power: series, thresholds: { ftp: 250 } }),
    )
    expect(half.score).toBeCloseTo(50, 9)
    const fallback = stressScore(
      input({ movingSeconds: 0, power: series, thresholds: { ftp: 250 } }),
    )
    expect(fallback.score).toBeCloseTo(100, 9)
  })

  it('wins over heart rate when both are there', () => {
    const score = stressScore(
      input({
        power: steady(200, hour),
        heartRate: steady(150, hour),
        thresholds: { ftp: 250, ...heart },
      }),
    )
    expect(score.kind).toBe('power')
  })
})

describe('stressScore by heart rate', () => {
  it('gives 100 for one hour at threshold heart rate, for either sex', () => {
    for (const sex of ['male', 'female', undefined] as const) {
      const score = stressScore(
        input({ heartRate: steady(170, hour), thresholds: { ...heart, sex } }),
      )
      expect(score.kind, String(sex)).toBe('heartrate')
      expect(score.score, String(sex)).toBeCloseTo(100, 9)
    }
  })

  it('says why power was not used, and weights as a man when sex is not set', () => {
    const score = stressScore(
      input({ power: steady(200, hour), heartRate: steady(150, 1800), thresholds: heart }),
    )
    expect(score).toMatchObject({ kind: 'heartrate', sex: 'male', hours: 1 })
    expect(score.kind === 'heartrate' && score.explanation).toMatch(
      /^Scored by heart rate \(the methods before it lack: FTP\): Banister TRIMP [\d.]+ against [\d.]+ for an hour at threshold 170 bpm \(resting 50, maximum 192, male weighting\) × 100 = \d+\.$/,
    )
  })

  it('scores half an hour at threshold as 50', () => {
    const score = stressScore(input({ heartRate: steady(170, 1800), thresholds: heart }))
    expect(score.score).toBeCloseTo(50, 9)
  })

  it('needs a maximum and a threshold above resting', () => {
    const score = stressScore(
      input({
        heartRate: steady(150, hour),
        thresholds: { thresholdHr: 45, maxHr: 40, restingHr: 50 },
      }),
    )
    expect(score).toMatchObject({
      kind: 'unscored',
      missing: [
        'power stream',
        'FTP',
        'maximum heart rate above resting',
        'threshold heart rate above resting',
      ],
    })
  })
})

describe('stressScore by pace', () => {
  it('gives 100 for one hour at threshold pace', () => {
    const score = stressScore(
      input({ sportType: 'Run', distance: 12_000, thresholds: { thresholdPace: 300 } }),
    )
    expect(score).toMatchObject({ kind: 'pace', movingPace: 300, intensity: 1, hours: 1 })
    expect(score.score).toBeCloseTo(100, 10)
  })

  it('is hours · (threshold pace / moving pace)² · 100, for every run type', () => {
    for (const sportType of ['Run', 'TrailRun', 'VirtualRun']) {
      const score = stressScore(
        input({ sportType, distance: 10_000, thresholds: { thresholdPace: 300 } }),
      )
      expect(score.score, sportType).toBeCloseTo((300 / 360) ** 2 * 100, 9)
    }
  })

  it('is for runs only', () => {
    const score = stressScore(input({ sportType: 'Hike', thresholds: { thresholdPace: 300 } }))
    expect(score).toMatchObject({ kind: 'unscored', score: 0 })
  })

  it('explains itself with paces as the runner reads them', () => {
    const score = stressScore(
      input({ sportType: 'Run', distance: 10_000, thresholds: { thresholdPace: 300 } }),
    )
    expect(score.kind === 'pace' && score.explanation).toContain(
      'moving pace 6:00/km against threshold pace 5:00/km is an intensity of 0.83; 1 h 00 min × 0.83² × 100 = 69.',
    )
  })
})

describe('stressScore unscored', () => {
  it('lists everything each method lacks', () => {
    expect(stressScore(input({}))).toEqual({
      kind: 'unscored',
      score: 0,
      missing: [
        'power stream',
        'FTP',
        'heart-rate stream',
        'threshold heart rate',
        'maximum heart rate',
        'resting heart rate',
      ],
      explanation:
        'Not scored (counts as 0): missing power stream, FTP, heart-rate stream, threshold heart rate, maximum heart rate, resting heart rate.',
    })
    const run = stressScore(input({ sportType: 'Run', distance: 0, movingSeconds: 0 }))
    expect(run.kind === 'unscored' && run.missing.slice(-3)).toEqual([
      'threshold pace',
      'distance',
      'moving time',
    ])
  })

  it('takes a power stream of zeros and nulls, or an empty one, as no power stream', () => {
    for (const power of [steady(0, hour), seriesOf([])]) {
      const score = stressScore(input({ power, thresholds: { ftp: 250 } }))
      expect(score.kind === 'unscored' && score.missing[0]).toBe('power stream')
    }
  })

  it('never gives NaN, even for a one-second activity', () => {
    const tiny = [
      input({ movingSeconds: 1, power: steady(300, 1), thresholds: { ftp: 250 } }),
      input({ movingSeconds: 1, heartRate: steady(150, 1), thresholds: heart }),
      input({
        sportType: 'Run',
        movingSeconds: 1,
        distance: 3,
        thresholds: { thresholdPace: 300 },
      }),
    ]
    for (const activity of tiny) {
      const score = stressScore(activity)
      expect(score.kind).not.toBe('unscored')
      expect(Number.isFinite(score.score)).toBe(true)
    }
  })
})
