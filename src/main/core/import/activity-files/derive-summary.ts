/**
 * An activity's totals from its streams alone, and the rule for a device's own totals.
 * - distance: the last value of the distance stream; elapsed time: first to last sample.
 * - moving time: the seconds of moving intervals (moving-time.ts); elevation gain: smoothed,
 *   with a hysteresis (elevation-gain.ts).
 * - average speed: distance / moving time (as Strava's `average_speed`); max speed: the largest
 *   `velocity_smooth` value.
 * - average heart rate, cadence and power: weighted by the duration of each moving interval
 *   (the time the value was held while moving); zero heart rate and zero cadence are sensor
 *   dropouts and coasting and are left out, zero power counts. Maxima over all samples.
 */
import type { TrackStreams } from '../track-points'
import { elevationGain } from './elevation-gain'
import { movingSeconds } from './moving-time'
import type { StatedAverages } from '../stated-averages'

export interface ActivitySummary {
  distance: number
  movingTime: number
  elapsedTime: number
  totalElevationGain: number
  averageSpeed: number
  maxSpeed: number
  averageHeartrate: number | null
  maxHeartrate: number | null
  averageCadence: number | null
  averageWatts: number | null
  maxWatts: number | null
  /** Fields taken from the device's own totals rather than derived. */
  fromDevice: DeviceTotalKey[]
}

/** Totals a device wrote itself (a FIT session); undefined when it did not. */
export interface DeviceTotals extends StatedAverages {
  distance?: number
  elapsedTime?: number
  movingTime?: number
  totalElevationGain?: number
}
export type DeviceTotalKey = keyof DeviceTotals

const round = (value: number, digits: number) => Number(value.toFixed(digits))

function average(streams: TrackStreams, values: readonly number[], skipZero: boolean) {
  const { time, moving } = streams
  let sum = 0
  let weight = 0
  for (let i = 1; i < time.length; i++) {
    const value = values[i] as number
    if (!moving?.[i] || (skipZero && value === 0)) continue
    const dt = (time[i] as number) - (time[i - 1] as number)
    sum += value * dt
    weight += dt
  }
  if (weight > 0) return round(sum / weight, 1)
  // Nothing moved (or one sample): the plain mean of the samples.
  const kept = skipZero ? values.filter((v) => v !== 0) : values
  return kept.length > 0 ? round(kept.reduce((a, b) => a + b, 0) / kept.length, 1) : null
}

function max(values: readonly number[] | undefined): number | null {
  if (!values || values.length === 0) return null
  let result = -Infinity
  for (const value of values) if (value > result) result = value
  return result
}

/** The summary of streams that already carry `moving` (and `velocity_smooth` when they can). */
export function deriveSummary(streams: TrackStreams): ActivitySummary {
  const { time, distance, altitude, heartrate, cadence, watts } = streams
  const elapsed = Math.round((time[time.length - 1] ?? 0) - (time[0] ?? 0))
  const movingTime = Math.round(streams.moving ? movingSeconds(time, streams.moving) : elapsed)
  const total = round(distance?.[distance.length - 1] ?? 0, 1)
  return {
    distance: total,
    movingTime,
    elapsedTime: elapsed,
    totalElevationGain: altitude ? elevationGain(time, altitude) : 0,
    averageSpeed: movingTime > 0 ? round(total / movingTime, 3) : 0,
    maxSpeed: round(max(streams.velocity_smooth) ?? 0, 3),
    averageHeartrate: heartrate ? average(streams, heartrate, true) : null,
    maxHeartrate: max(heartrate),
    averageCadence: cadence ? average(streams, cadence, true) : null,
    averageWatts: watts ? average(streams, watts, false) : null,
    maxWatts: max(watts),
    fromDevice: [],
  }
}

/**
 * The rule for a FIT session's totals: the device's value wins field by field wherever it wrote
 * one (finite, not negative). The device saw every sample, including those a smart-recording
 * file leaves out, measured distance with its wheel or foot sensor and ascent with a barometer
 * it calibrated, so its totals beat ours recomputed from what it chose to store. Average speed
 * is then recomputed as distance over moving time, as Strava defines it.
 */
export function preferDeviceTotals(
  derived: ActivitySummary,
  device: DeviceTotals,
): ActivitySummary {
  const summary = { ...derived, fromDevice: [] as DeviceTotalKey[] }
  for (const key of Object.keys(device) as DeviceTotalKey[]) {
    const value = device[key]
    if (value === undefined || !Number.isFinite(value) || value < 0) continue
    summary[key] = key === 'movingTime' || key === 'elapsedTime' ? Math.round(value) : value
    summary.fromDevice.push(key)
  }
  summary.averageSpeed =
    summary.movingTime > 0 ? round(summary.distance / summary.movingTime, 3) : 0
  return summary
}
