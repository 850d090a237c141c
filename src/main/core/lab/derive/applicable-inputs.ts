import { createHash } from 'node:crypto'
import type { DerivationKey } from '../../derived/deriver'
import { localDayText } from '../local-day'
import { matchesSportFilter } from '../sport-family'
import { thresholdsOn, type ThresholdEntry, type ThresholdValues } from '../thresholds'
import type { SlotModels } from '../settings/zone-model-store'
import type { ZoneBasis, ZoneModel } from '../zone-models'
import { zoneSlotFor } from '../zone-slots'

/** What one activity's figures depend on besides its streams. */
export interface ApplicableInputs {
  day: string
  /** Every value in force: the worker names what is set when it explains a method it skipped. */
  all: ThresholdValues
  /** The values that can change the figures. */
  thresholds: ThresholdValues
  zoneModels: Partial<Record<ZoneBasis, ZoneModel>>
}

/**
 * The thresholds and zone models in force on the activity's local day that can change its
 * figures: a run without a power stream ignores FTP's value, a ride ignores running pace. So
 * changing a threshold recomputes only the activities it affects.
 */
export function applicableInputs(
  subject: DerivationKey,
  history: readonly ThresholdEntry[],
  models: SlotModels,
): ApplicableInputs {
  const day = localDayText(subject.startDateLocal, subject.startDate)
  const all = thresholdsOn(history, day)
  const keys = subject.streamKeys === undefined ? null : (subject.streamKeys ?? '').split(',')
  const has = (stream: string) => keys === null || keys.includes(stream)
  const power = has('watts')
  const heartRate = has('heartrate')
  const run = matchesSportFilter('Run', subject.sportType)
  const speed = has('velocity_smooth') || has('distance')
  const thresholds: ThresholdValues = {}
  if (power && all.ftp !== undefined) thresholds.ftp = all.ftp
  if (heartRate) {
    for (const kind of ['thresholdHr', 'maxHr', 'restingHr'] as const) {
      if (all[kind] !== undefined) thresholds[kind] = all[kind]
    }
    if (all.sex !== undefined) thresholds.sex = all.sex
  }
  if (run && all.thresholdPace !== undefined) thresholds.thresholdPace = all.thresholdPace
  const zoneModels: ApplicableInputs['zoneModels'] = {}
  const use = (basis: ZoneBasis, wanted: boolean) => {
    const slot = wanted ? zoneSlotFor(basis, subject.sportType) : null
    if (slot) zoneModels[basis] = models[slot].model
  }
  use('heartrate', heartRate)
  use('power', power)
  use('pace', run && speed)
  return { day, all, thresholds, zoneModels }
}

/** A short, stable text of the inputs, stored with the figures to tell when they are stale. */
export function inputsKey(subject: DerivationKey, inputs: ApplicableInputs): string {
  const t = inputs.thresholds
  const values = [t.ftp, t.thresholdHr, t.maxHr, t.restingHr, t.sex, t.thresholdPace]
  // Of the others only whether they are set (and in order) shows, in "the methods before it
  // lack: …": a new FTP leaves a run without power alone.
  const a = inputs.all
  const set = [a.ftp, a.thresholdHr, a.maxHr, a.restingHr, a.thresholdPace].map((v) =>
    v === undefined ? '0' : '1',
  )
  const above = [a.maxHr, a.thresholdHr].map((v) =>
    v !== undefined && a.restingHr !== undefined && v <= a.restingHr ? '0' : '1',
  )
  const models = (['heartrate', 'power', 'pace'] as const).map((basis) => {
    const model = inputs.zoneModels[basis]
    return model ? modelHash(model) : ''
  })
  return [
    subject.sportType,
    inputs.day,
    subject.movingTime,
    subject.distance,
    values.map((v) => v ?? '').join(','),
    set.join('') + above.join(''),
    models.join(','),
  ].join('|')
}

const hashes = new WeakMap<ZoneModel, string>()

/** A short fingerprint of a model; a snapshot keeps its model objects, so each is hashed once. */
function modelHash(model: ZoneModel): string {
  let hash = hashes.get(model)
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(model)).digest('base64url').slice(0, 10)
    hashes.set(model, hash)
  }
  return hash
}
