import { AppError } from '../errors'
import type { Series1Hz } from './resample'
import { validateZoneModel, type ZoneModel } from './zone-models'

/**
 * Moving seconds spent in each zone of `model` (same order as its zones). `threshold` is in the
 * basis's own unit: bpm, watts, or seconds per km for pace zones, whose series is speed (m/s).
 * Heart-rate zeros are "no reading" and are not counted.
 */
export function timeInZones(series: Series1Hz, threshold: number, model: ZoneModel): number[] {
  const problems = validateZoneModel(model)
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join(' '))
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new AppError('INVALID_INPUT', `A zone threshold must be a positive number: ${threshold}.`)
  }
  const starts = model.zones.map((zone) => zone.from)
  const seconds = new Array<number>(starts.length).fill(0)
  const { values, moving } = series
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0
    if (moving[i] !== 1 || (model.basis === 'heartrate' && value <= 0)) continue
    // A pace threshold is s/km and the series m/s: value / (1000 / threshold) as one product.
    const fraction = model.basis === 'pace' ? (value * threshold) / 1000 : value / threshold
    let zone = starts.length - 1
    while (zone > 0 && fraction < (starts[zone] ?? 0)) zone--
    seconds[zone] = (seconds[zone] ?? 0) + 1
  }
  return seconds
}
