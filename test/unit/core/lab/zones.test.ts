import { describe, expect, it } from 'vitest'
import {
  COGGAN_POWER_LEVELS,
  FRIEL_BIKE_HR_ZONES,
  FRIEL_RUN_HR_ZONES,
  SKIBA_RUN_PACE_ZONES,
  validateZoneModel,
  type ZoneModel,
} from '../../../../src/main/core/lab/zone-models'
import { timeInZones } from '../../../../src/main/core/lab/zones'
import { seriesOf } from '../../../helpers/lab-series'

describe('validateZoneModel', () => {
  it('accepts every built-in model', () => {
    for (const model of [
      FRIEL_RUN_HR_ZONES,
      FRIEL_BIKE_HR_ZONES,
      COGGAN_POWER_LEVELS,
      SKIBA_RUN_PACE_ZONES,
    ]) {
      expect(validateZoneModel(model), model.name).toEqual([])
    }
  })

  it('says what is wrong with a user model', () => {
    const model = (zones: ZoneModel['zones']): ZoneModel => ({
      name: 'mine',
      basis: 'power',
      source: 'me',
      zones,
    })
    const cases: [ZoneModel, string[]][] = [
      [model([]), ['A zone model needs at least one zone.']],
      [model([{ name: 'Z1', from: 0.2 }]), ['The first zone must start at 0.']],
      [
        model([
          { name: 'Z1', from: 0 },
          { name: 'Z2', from: 0.8 },
          { name: 'Z3', from: 0.8 },
          { name: 'Z4', from: 0.7 },
        ]),
        ['Zone 3 must start above zone 2.', 'Zone 4 must start above zone 3.'],
      ],
      [
        model([
          { name: 'Z1', from: 0 },
          { name: ' ', from: -0.5 },
          { name: 'Z3', from: Number.NaN },
        ]),
        [
          'Zone 2 needs a name.',
          'Zone 2 must start at a positive fraction of the threshold.',
          'Zone 3 must start at a positive fraction of the threshold.',
        ],
      ],
    ]
    for (const [bad, problems] of cases) {
      expect(validateZoneModel(bad), JSON.stringify(bad.zones)).toEqual(problems)
    }
  })
})

describe('timeInZones', () => {
  it("puts power in Coggan's levels by fraction of FTP, a boundary in the zone it starts", () => {
    // FTP 200 W: 100 W is 50 % (L1), 112 W 56 % (L2), 200 W 100 % (L4), 302 W 151 % (L7).
    const series = seriesOf([100, 112, 111, 200, 200, 302, 0])
    expect(timeInZones(series, 200, COGGAN_POWER_LEVELS)).toEqual([3, 1, 0, 2, 0, 0, 1])
  })

  it("puts heart rate in Friel's zones by fraction of LTHR", () => {
    // LTHR 200: 169 is 84.5 % (Z1), 170 exactly 85 % (Z2), 199 (Z4), 200 (Z5a), 214 (Z5c).
    const series = seriesOf([169, 170, 199, 200, 214])
    expect(timeInZones(series, 200, FRIEL_RUN_HR_ZONES)).toEqual([1, 1, 0, 1, 1, 0, 1])
    // Friel's cycling Z2 starts lower, at 81 %: 162 of 200 is in it.
    expect(timeInZones(seriesOf([162, 170]), 200, FRIEL_BIKE_HR_ZONES)).toEqual([
      0, 2, 0, 0, 0, 0, 0,
    ])
  })

  it('counts pace by speed: faster than threshold pace is harder', () => {
    // Threshold 5:00/km = 3.33 m/s. 2.5 m/s is 75 % (Z1), 10/3 m/s 100 % (Z4), 4 m/s 120 % (Z6).
    const series = seriesOf([2.5, 10 / 3, 4, 4])
    expect(timeInZones(series, 300, SKIBA_RUN_PACE_ZONES)).toEqual([1, 0, 0, 1, 0, 2])
  })

  it('counts moving seconds only, and no heart-rate second without a reading', () => {
    const power = seriesOf([300, 300, 0, 0], [1, 0, 1, 0])
    // 300 W is 150 % of FTP: still L6, which runs to 150 %.
    expect(timeInZones(power, 200, COGGAN_POWER_LEVELS)).toEqual([1, 0, 0, 0, 0, 1, 0])
    const heart = seriesOf([0, 150, 0, 150])
    expect(timeInZones(heart, 170, FRIEL_RUN_HR_ZONES).reduce((a, b) => a + b)).toBe(2)
  })

  it('takes a user model as it takes a built-in one', () => {
    const twoZones: ZoneModel = {
      name: 'Easy or hard',
      basis: 'heartrate',
      source: 'my coach',
      zones: [
        { name: 'Easy', from: 0 },
        { name: 'Hard', from: 0.9 },
      ],
    }
    expect(timeInZones(seriesOf([120, 150, 160, 170]), 170, twoZones)).toEqual([2, 2])
  })

  it('refuses an invalid model or threshold', () => {
    const broken = { ...COGGAN_POWER_LEVELS, zones: [{ name: 'Z1', from: 0.5 }] }
    expect(() => timeInZones(seriesOf([100]), 200, broken)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    for (const threshold of [0, -5, Number.NaN, Infinity]) {
      expect(() => timeInZones(seriesOf([100]), threshold, COGGAN_POWER_LEVELS)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
  })

  it('gives zeros for an empty series', () => {
    expect(timeInZones(seriesOf([]), 250, COGGAN_POWER_LEVELS)).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
})
