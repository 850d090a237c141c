/** What a zone model's fractions are fractions of. */
export type ZoneBasis = 'heartrate' | 'power' | 'pace'

export interface Zone {
  name: string
  /** Where the zone starts, as a fraction of the threshold; it ends where the next starts. */
  from: number
}

/**
 * Zones as data: a user's own model is just another value of this type (check it with
 * `validateZoneModel`). Pace zones are fractions of threshold speed (1000 / threshold pace in
 * s/km), because a faster pace is a smaller number but a harder effort. Where a published table
 * lists whole percents (Friel's Z2 is 85–89 %), a zone starts at its first listed percent.
 */
export interface ZoneModel {
  name: string
  basis: ZoneBasis
  source: string
  zones: readonly Zone[]
}

export const FRIEL_RUN_HR_ZONES: ZoneModel = {
  name: 'Friel running heart-rate zones',
  basis: 'heartrate',
  source: 'Joe Friel, "A Quick Guide to Setting Zones" (trainingbible.com, 2009): % of LTHR',
  zones: [
    { name: 'Z1 Recovery', from: 0 },
    { name: 'Z2 Aerobic', from: 0.85 },
    { name: 'Z3 Tempo', from: 0.9 },
    { name: 'Z4 Subthreshold', from: 0.95 },
    { name: 'Z5a Superthreshold', from: 1 },
    { name: 'Z5b Aerobic capacity', from: 1.03 },
    { name: 'Z5c Anaerobic capacity', from: 1.07 },
  ],
}

export const FRIEL_BIKE_HR_ZONES: ZoneModel = {
  name: 'Friel cycling heart-rate zones',
  basis: 'heartrate',
  source: 'Joe Friel, "A Quick Guide to Setting Zones" (trainingbible.com, 2009): % of LTHR',
  zones: [
    { name: 'Z1 Recovery', from: 0 },
    { name: 'Z2 Aerobic', from: 0.81 },
    { name: 'Z3 Tempo', from: 0.9 },
    { name: 'Z4 Subthreshold', from: 0.94 },
    { name: 'Z5a Superthreshold', from: 1 },
    { name: 'Z5b Aerobic capacity', from: 1.03 },
    { name: 'Z5c Anaerobic capacity', from: 1.07 },
  ],
}

export const COGGAN_POWER_LEVELS: ZoneModel = {
  name: 'Coggan power levels',
  basis: 'power',
  source: 'Allen & Coggan, Training and Racing with a Power Meter: % of FTP',
  zones: [
    { name: 'L1 Active recovery', from: 0 },
    { name: 'L2 Endurance', from: 0.56 },
    { name: 'L3 Tempo', from: 0.76 },
    { name: 'L4 Lactate threshold', from: 0.91 },
    { name: 'L5 VO2max', from: 1.06 },
    { name: 'L6 Anaerobic capacity', from: 1.21 },
    { name: 'L7 Neuromuscular power', from: 1.51 },
  ],
}

export const SKIBA_RUN_PACE_ZONES: ZoneModel = {
  name: 'Skiba running pace zones',
  basis: 'pace',
  source:
    "Skiba's run pace zones in GoldenCheetah's defaults (PaceZones.cpp): % of threshold speed",
  zones: [
    { name: 'Z1 Active recovery', from: 0 },
    { name: 'Z2 Endurance', from: 0.8 },
    { name: 'Z3 Tempo', from: 0.87 },
    { name: 'Z4 Threshold', from: 0.95 },
    { name: 'Z5 VO2max', from: 1.05 },
    { name: 'Z6 Anaerobic', from: 1.19 },
  ],
}

/** What is wrong with a zone model, one sentence each; empty when it can be used. */
export function validateZoneModel(model: ZoneModel): string[] {
  const problems: string[] = []
  if (model.zones.length === 0) return ['A zone model needs at least one zone.']
  if (model.zones[0]?.from !== 0) problems.push('The first zone must start at 0.')
  model.zones.forEach((zone, i) => {
    if (zone.name.trim() === '') problems.push(`Zone ${i + 1} needs a name.`)
    const previous = model.zones[i - 1]
    if (!Number.isFinite(zone.from) || zone.from < 0) {
      problems.push(`Zone ${i + 1} must start at a positive fraction of the threshold.`)
    } else if (previous !== undefined && !(zone.from > previous.from)) {
      problems.push(`Zone ${i + 1} must start above zone ${i}.`)
    }
  })
  return problems
}
