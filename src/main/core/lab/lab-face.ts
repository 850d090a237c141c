import type { ThresholdsDto, ZoneModelsDto } from '../../../shared/lab-dto'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { AppError } from '../errors'
import type { Lab } from '../trailkeep'
import { localToday } from './local-today'
import { activityFiguresQuery } from './queries/activity-figures'
import { bestsQuery, progressionQuery } from './queries/bests-query'
import { calendarQuery } from './queries/calendar-query'
import { curveQuery } from './queries/curve-query'
import { dayQuery } from './queries/day-query'
import { eddingtonQuery } from './queries/eddington-query'
import { estimatesQuery } from './queries/estimates-query'
import { fitnessQuery } from './queries/fitness-query'
import { gearQuery } from './queries/gear-query'
import { unscoredQuery } from './queries/unscored-query'
import { yearReviewQuery } from './queries/year-review-query'
import { weeklyZonesQuery } from './queries/zones-query'
import { saveGearRetirement } from './settings/gear-settings-store'
import { readThresholdHistory, removeThreshold, saveThresholds } from './settings/threshold-store'
import { readZoneModels, saveZoneModel } from './settings/zone-model-store'
import { thresholdsOn } from './thresholds'
import { ZONE_PRESETS, ZONE_SLOT_INFO, ZONE_SLOTS } from './zone-slots'

export interface LabParts {
  db: AppDb
  clock: Clock
  /** A threshold or zone model changed: the figures it affects are due again. */
  onInputsChanged: () => void
}

/** The lab as the face offers it: settings the user changes, and queries over stored figures. */
export function createLab({ db, clock, onInputsChanged }: LabParts): Lab {
  const thresholds = (): ThresholdsDto => {
    const entries = readThresholdHistory(db)
    const todayDate = localToday(clock)
    const today = thresholdsOn(entries, todayDate)
    return { entries, today, todayDate, estimates: estimatesQuery(db, todayDate, today) }
  }
  const zoneModels = (): ZoneModelsDto => {
    const models = readZoneModels(db)
    return {
      slots: ZONE_SLOTS.map((slot) => ({
        slot,
        label: ZONE_SLOT_INFO[slot].label,
        model: models[slot].model,
        isDefault: models[slot].isDefault,
      })),
      presets: [...ZONE_PRESETS],
    }
  }
  return {
    thresholds,
    setThresholds({ values, from }) {
      saveThresholds(db, values, from ?? localToday(clock), clock.now())
      onInputsChanged()
      return thresholds()
    },
    removeThreshold({ id }) {
      if (!removeThreshold(db, id)) {
        throw new AppError('NOT_FOUND', 'That threshold was already removed.')
      }
      onInputsChanged()
      return thresholds()
    },
    fitness: (query) => fitnessQuery(db, query),
    day: ({ date }) => dayQuery(db, date),
    unscored: () => unscoredQuery(db),
    bests: ({ sport, year }) => bestsQuery(db, sport, year ?? null),
    progression: ({ sport, distance }) => progressionQuery(db, sport, distance),
    curve: (query) => curveQuery(db, query),
    weeklyZones: (query) => weeklyZonesQuery(db, readZoneModels(db), query),
    activity: ({ id }) => activityFiguresQuery(db, id, readZoneModels(db)),
    eddington: ({ sport }) => eddingtonQuery(db, sport),
    gear: () => gearQuery(db),
    setGearRetirement({ gearId, distance }) {
      saveGearRetirement(db, gearId, distance, clock.now())
      return gearQuery(db)
    },
    calendar: ({ year }) => calendarQuery(db, year),
    yearReview: ({ year }) => yearReviewQuery(db, year),
    zoneModels,
    setZoneModel({ slot, model }) {
      saveZoneModel(db, slot, model, clock.now())
      onInputsChanged()
      return zoneModels()
    },
  }
}
