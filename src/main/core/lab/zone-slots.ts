import { ZONE_SLOTS, type ZoneSlot } from '../../../shared/lab-dto'
import { matchesSportFilter } from './sport-family'
import {
  COGGAN_POWER_LEVELS,
  FRIEL_BIKE_HR_ZONES,
  FRIEL_RUN_HR_ZONES,
  SKIBA_RUN_PACE_ZONES,
  type ZoneBasis,
  type ZoneModel,
} from './zone-models'

/**
 * Where a zone model applies: heart-rate zones differ between running and cycling (Friel), power
 * zones are one model, pace zones are for runs. The user may replace the model of each slot.
 */
export { ZONE_SLOTS, type ZoneSlot }

export interface ZoneSlotInfo {
  basis: ZoneBasis
  label: string
  /** The model used until the user picks another. */
  defaultModel: ZoneModel
}

export const ZONE_SLOT_INFO: Record<ZoneSlot, ZoneSlotInfo> = {
  'heartrate-run': {
    basis: 'heartrate',
    label: 'Heart rate: runs and every sport but rides',
    defaultModel: FRIEL_RUN_HR_ZONES,
  },
  'heartrate-ride': {
    basis: 'heartrate',
    label: 'Heart rate: rides',
    defaultModel: FRIEL_BIKE_HR_ZONES,
  },
  power: { basis: 'power', label: 'Power: every sport', defaultModel: COGGAN_POWER_LEVELS },
  'pace-run': { basis: 'pace', label: 'Pace: runs', defaultModel: SKIBA_RUN_PACE_ZONES },
}

/** The published models a slot can start from. */
export const ZONE_PRESETS: readonly ZoneModel[] = [
  FRIEL_RUN_HR_ZONES,
  FRIEL_BIKE_HR_ZONES,
  COGGAN_POWER_LEVELS,
  SKIBA_RUN_PACE_ZONES,
]

export function isZoneSlot(value: unknown): value is ZoneSlot {
  return typeof value === 'string' && (ZONE_SLOTS as readonly string[]).includes(value)
}

/** The slot whose model measures an activity of `sportType` on `basis`; null: no such zones. */
export function zoneSlotFor(basis: ZoneBasis, sportType: string): ZoneSlot | null {
  const ride =
    matchesSportFilter('Ride', sportType) ||
    sportType === 'EBikeRide' ||
    sportType === 'EMountainBikeRide'
  if (basis === 'heartrate') return ride ? 'heartrate-ride' : 'heartrate-run'
  if (basis === 'power') return 'power'
  return matchesSportFilter('Run', sportType) ? 'pace-run' : null
}
