import { describe, expect, it } from 'vitest'
import { thresholdsOn, type ThresholdEntry } from '../../../../src/main/core/lab/thresholds'

const history: ThresholdEntry[] = [
  { kind: 'ftp', value: 250, from: '2024-01-01' },
  { kind: 'thresholdHr', value: 168, from: '2024-01-01' },
  { kind: 'ftp', value: 265, from: '2024-06-01' },
  { kind: 'sex', value: 'female', from: '2023-05-01' },
  { kind: 'thresholdPace', value: 270, from: '2024-03-15' },
  { kind: 'swimThresholdPace', value: 105, from: '2024-03-15' },
  { kind: 'maxHr', value: 190, from: '2024-02-01' },
  { kind: 'restingHr', value: 48, from: '2024-02-01' },
]

describe('thresholdsOn', () => {
  it('applies each value from its date until the next value of the same kind', () => {
    expect(thresholdsOn(history, '2024-05-31').ftp).toBe(250)
    expect(thresholdsOn(history, '2024-06-01').ftp).toBe(265)
    expect(thresholdsOn(history, '2030-01-01').ftp).toBe(265)
  })

  it('leaves out a kind never set by that day', () => {
    expect(thresholdsOn(history, '2023-12-31')).toEqual({ sex: 'female' })
    expect(thresholdsOn(history, '2024-01-15')).toEqual({
      ftp: 250,
      thresholdHr: 168,
      sex: 'female',
    })
    expect(thresholdsOn([], '2024-01-15')).toEqual({})
  })

  it('gives every kind its own history', () => {
    expect(thresholdsOn(history, '2024-04-01')).toEqual({
      ftp: 250,
      thresholdHr: 168,
      maxHr: 190,
      restingHr: 48,
      thresholdPace: 270,
      swimThresholdPace: 105,
      sex: 'female',
    })
  })

  it('lets the later of two entries from the same day win, whatever the order of dates', () => {
    const corrected: ThresholdEntry[] = [
      { kind: 'ftp', value: 300, from: '2024-06-01' },
      { kind: 'ftp', value: 280, from: '2024-01-01' },
      { kind: 'ftp', value: 290, from: '2024-06-01' },
    ]
    expect(thresholdsOn(corrected, '2024-07-01').ftp).toBe(290)
    expect(thresholdsOn(corrected, '2024-05-01').ftp).toBe(280)
  })

  it('refuses a day that is not YYYY-MM-DD', () => {
    for (const day of ['2024-6-1', '2024-02-30', '01/06/2024', '']) {
      expect(() => thresholdsOn(history, day), day).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
  })
})
