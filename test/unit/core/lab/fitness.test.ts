import { afterEach, describe, expect, it } from 'vitest'
import { K42, K7, fitnessSeries } from '../../../../src/main/core/lab/fitness'

const loads = (entries: Record<string, number>) => new Map(Object.entries(entries))

describe('fitnessSeries', () => {
  it('follows the contract day by day from the first activity', () => {
    const days = fitnessSeries(loads({ '2024-03-01': 100 }), { to: '2024-03-03' })
    expect(days.map((d) => d.date)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03'])
    const [first, second, third] = days
    expect(first).toEqual({
      date: '2024-03-01',
      load: 100,
      fitness: 100 * K42,
      fatigue: 100 * K7,
      form: 0,
    })
    expect(second?.load).toBe(0)
    expect(second?.fitness).toBeCloseTo(100 * K42 * (1 - K42), 12)
    expect(second?.fatigue).toBeCloseTo(100 * K7 * (1 - K7), 12)
    expect(second?.form).toBeCloseTo(100 * K42 - 100 * K7, 12)
    expect(third?.form).toBeCloseTo((second?.fitness ?? 0) - (second?.fatigue ?? 0), 12)
  })

  it('uses the time constants 42 and 7: a steady load reaches 1 − 1/e of itself in 42 (7) days', () => {
    // Computed from the definition: 1 − k42 = e^(−1/42), so after 42 days of load L fitness is
    // L · (1 − e^(−1)), the textbook meaning of a 42-day time constant.
    const steady = new Map(
      Array.from({ length: 43 }, (_, i) => [
        new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        80,
      ]),
    )
    const days = fitnessSeries(steady)
    expect(days[41]?.fitness).toBeCloseTo(80 * (1 - Math.exp(-1)), 9)
    expect(days[6]?.fatigue).toBeCloseTo(80 * (1 - Math.exp(-1)), 9)
    expect(days[42]?.form).toBeCloseTo((days[41]?.fitness ?? 0) - (days[41]?.fatigue ?? 0), 12)
  })

  it('fills days without activity with load 0 and sums nothing twice', () => {
    const days = fitnessSeries(loads({ '2024-01-01': 50, '2024-01-04': 70 }))
    expect(days.map((d) => d.load)).toEqual([50, 0, 0, 70])
  })

  it('is all zeros before the first activity when `from` is earlier', () => {
    const days = fitnessSeries(loads({ '2024-01-03': 90 }), { from: '2023-12-30' })
    expect(days.slice(0, 4).map((d) => [d.date, d.fitness, d.fatigue, d.form])).toEqual([
      ['2023-12-30', 0, 0, 0],
      ['2023-12-31', 0, 0, 0],
      ['2024-01-01', 0, 0, 0],
      ['2024-01-02', 0, 0, 0],
    ])
    expect(days[4]?.fitness).toBe(90 * K42)
  })

  it('still accumulates from the first activity when `from` is later', () => {
    const history = loads({ '2024-01-01': 120, '2024-01-10': 60, '2024-02-01': 150 })
    const whole = fitnessSeries(history, { to: '2024-03-01' })
    const window = fitnessSeries(history, { from: '2024-01-20', to: '2024-02-05' })
    expect(window[0]?.date).toBe('2024-01-20')
    expect(window).toEqual(whole.filter((d) => d.date >= '2024-01-20' && d.date <= '2024-02-05'))
    expect(window[0]?.fitness).toBeGreaterThan(0)
  })

  it('decays after the last activity up to `to`', () => {
    const days = fitnessSeries(loads({ '2024-01-01': 100 }), { to: '2024-12-31' })
    expect(days).toHaveLength(366)
    const last = days[days.length - 1]
    expect(last?.fitness).toBeCloseTo(100 * K42 * (1 - K42) ** 365, 12)
    expect(last?.fitness).toBeGreaterThan(0)
  })

  it('is empty without loads and without a window, or with `to` before `from`', () => {
    expect(fitnessSeries(new Map())).toEqual([])
    expect(
      fitnessSeries(loads({ '2024-01-01': 10 }), { from: '2024-02-01', to: '2024-01-01' }),
    ).toEqual([])
    expect(fitnessSeries(new Map(), { from: '2024-01-01', to: '2024-01-02' })).toEqual([
      { date: '2024-01-01', load: 0, fitness: 0, fatigue: 0, form: 0 },
      { date: '2024-01-02', load: 0, fitness: 0, fatigue: 0, form: 0 },
    ])
  })

  it('refuses a date that is not a calendar day and a load that is not a score', () => {
    for (const bad of ['2024-02-30', '2024-13-01', '2024-1-1', 'yesterday']) {
      expect(() => fitnessSeries(loads({ [bad]: 10 })), bad).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
      expect(() => fitnessSeries(new Map(), { from: bad }), bad).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
    for (const load of [Number.NaN, Infinity, -1]) {
      expect(() => fitnessSeries(loads({ '2024-01-01': load })), String(load)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
  })

  describe('in any time zone', () => {
    const original = process.env.TZ
    afterEach(() => {
      process.env.TZ = original
    })

    it('steps one calendar day at a time across DST changes and leap days', () => {
      const history = loads({ '2024-02-27': 40, '2024-03-31': 80, '2024-10-27': 60 })
      process.env.TZ = 'UTC'
      const reference = fitnessSeries(history, { to: '2024-11-05' })
      // Berlin springs forward on 2024-03-31; São Paulo skipped midnight on DST days; Apia
      // skipped 2011-12-30 entirely; Lord Howe shifts by half an hour.
      for (const zone of [
        'Europe/Berlin',
        'America/Sao_Paulo',
        'Pacific/Apia',
        'Australia/Lord_Howe',
      ]) {
        process.env.TZ = zone
        // The zone really applies: none of these is UTC in June.
        expect(new Date(Date.UTC(2024, 5, 1)).getTimezoneOffset(), zone).not.toBe(0)
        expect(fitnessSeries(history, { to: '2024-11-05' }), zone).toEqual(reference)
        const samoa = fitnessSeries(new Map(), { from: '2011-12-29', to: '2011-12-31' })
        expect(
          samoa.map((d) => d.date),
          zone,
        ).toEqual(['2011-12-29', '2011-12-30', '2011-12-31'])
      }
      expect(reference.map((d) => d.date)).toContain('2024-02-29')
      expect(reference).toHaveLength(253)
    })
  })
})
