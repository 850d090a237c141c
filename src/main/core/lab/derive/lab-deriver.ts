import type { Deriver } from '../../derived/deriver'
import type { AppDb } from '../../db/open-database'
import { readThresholdHistory } from '../settings/threshold-store'
import { readZoneModels, type SlotModels } from '../settings/zone-model-store'
import type { ThresholdEntry } from '../thresholds'
import { applicableInputs, inputsKey } from './applicable-inputs'
import { storeAnalysis } from './store-analysis'

/** Raise when analyse-activity.ts computes anything differently: every activity is redone. */
export const LAB_VERSION = 1

/**
 * The performance lab's figures of each activity (stress score, mean-max curves, best efforts,
 * time in zones), computed in a worker from its streams and the thresholds of its day.
 */
export function createLabDeriver(db: AppDb): Deriver<'labAnalyse'> {
  let history: ThresholdEntry[] = []
  let models: SlotModels = readZoneModels(db)
  return {
    kind: 'lab',
    version: LAB_VERSION,
    task: 'labAnalyse',
    snapshot() {
      history = readThresholdHistory(db)
      models = readZoneModels(db)
      return JSON.stringify({ history, models })
    },
    inputsOf: (subject) => inputsKey(subject, applicableInputs(subject, history, models)),
    inputFor(subject, streams) {
      const { all, zoneModels } = applicableInputs(subject, history, models)
      return {
        streams,
        sportType: subject.sportType,
        movingTime: subject.movingTime,
        distance: subject.distance,
        thresholds: all,
        zoneModels,
      }
    },
    store: storeAnalysis,
  }
}
