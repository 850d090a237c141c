import { describe, expect, it } from 'vitest'
import type { DerivationKey } from '../../../../../src/main/core/derived/deriver'
import {
  applicableInputs,
  inputsKey,
} from '../../../../../src/main/core/lab/derive/applicable-inputs'
import type { SlotModels } from '../../../../../src/main/core/lab/settings/zone-model-store'
import type { ThresholdEntry } from '../../../../../src/main/core/lab/thresholds'
import { ZONE_SLOT_INFO, ZONE_SLOTS } from '../../../../../src/main/core/lab/zone-slots'

const DEFAULTS = Object.fromEntries(
  ZONE_SLOTS.map((slot) => [slot, { model: ZONE_SLOT_INFO[slot].defaultModel, isDefault: true }]),
) as SlotModels

function subject(overrides: Partial<DerivationKey>): DerivationKey {
  return {
    id: 1,
    sportType: 'Run',
    startDate: Date.UTC(2025, 2, 4, 6) / 1000,
    startDateLocal: '2025-03-04T07:00:00Z',
    distance: 10_000,
    movingTime: 2460,
    elapsedTime: 2460,
    streamKeys: 'time,distance,heartrate,moving',
    ...overrides,
  }
}

const key = (s: DerivationKey, history: ThresholdEntry[], models = DEFAULTS) =>
  inputsKey(s, applicableInputs(s, history, models))
const ftp = (value: number, from = '2025-01-01'): ThresholdEntry => ({ kind: 'ftp', value, from })

describe('what an activity’s figures depend on', () => {
  const run = subject({})
  const ride = subject({ sportType: 'Ride', streamKeys: 'time,distance,watts' })

  it('follows FTP’s value only for activities with power', () => {
    expect(key(run, [ftp(250)])).toBe(key(run, [ftp(300)]))
    expect(key(ride, [ftp(250)])).not.toBe(key(ride, [ftp(300)]))
  })

  it('notices that a threshold was set at all, which the explanation of a skipped method names', () => {
    expect(key(run, [])).not.toBe(key(run, [ftp(250)]))
  })

  it('ignores values from after the activity’s local day', () => {
    expect(key(ride, [ftp(250)])).toBe(key(ride, [ftp(250), ftp(300, '2025-03-05')]))
    expect(key(ride, [ftp(250)])).not.toBe(key(ride, [ftp(250), ftp(300, '2025-03-04')]))
  })

  it('follows the zone model the activity is measured with', () => {
    const edited = {
      ...DEFAULTS,
      'heartrate-ride': {
        model: { ...DEFAULTS['heartrate-ride'].model, name: 'Mine' },
        isDefault: false,
      },
    }
    expect(key(run, [], edited)).toBe(key(run, []))
    const hrRide = subject({ sportType: 'Ride', streamKeys: 'time,heartrate' })
    expect(key(hrRide, [], edited)).not.toBe(key(hrRide, []))
  })

  it('hands the worker every value in force, and keys only on those that matter', () => {
    const inputs = applicableInputs(
      run,
      [ftp(250), { kind: 'thresholdHr', value: 170, from: '2025-01-01' }],
      DEFAULTS,
    )
    expect(inputs.all).toEqual({ ftp: 250, thresholdHr: 170 })
    expect(inputs.thresholds).toEqual({ thresholdHr: 170 })
    expect(Object.keys(inputs.zoneModels).sort()).toEqual(['heartrate', 'pace'])
  })
})
