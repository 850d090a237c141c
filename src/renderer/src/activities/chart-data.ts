import type { StreamData, StreamKey } from '../../../shared/library-dto'
import {
  distanceSeries,
  distanceUnitLabel,
  elevationSeries,
  formatDuration,
  formatPaceMinutes,
  formatSpeed,
  speedSeries,
  type Units,
} from '../format/units'
import {
  average,
  bucketAverage,
  bucketMiddles,
  hasSignal,
  maximum,
  robustRange,
  rollingMean,
} from './series-math'
import { cadenceMultiplier, cadenceUnit } from './sport'

/** Slower than this (m/s) is standing still: no pace to show. */
const MOVING_SPEED = 0.3

/** Enough points for a sharp line at any pane width, few enough to draw at once. */
export const MAX_CHART_POINTS = 2000

export type ChartKind = 'elevation' | 'speed' | 'heartrate' | 'cadence' | 'power'

export interface ChartSeries {
  kind: ChartKind
  title: string
  values: (number | null)[]
  /** Pace: smaller is faster, so the axis runs upside down. */
  invert: boolean
  /** A read-out of one value, with its unit. */
  format(value: number): string
  /** A short summary shown while the cursor is off the chart. */
  summary: string
  range: [number, number]
}

export interface ChartData {
  /** Distance in km or mi, or minutes when there is no distance stream. */
  x: number[]
  xLabel: string
  formatX(value: number): string
  /** For each chart point, the stream sample it stands for (to place the map cursor). */
  sourceIndex: number[]
  series: ChartSeries[]
}

type Streams = Partial<Record<StreamKey, StreamData>>

function numeric(data: StreamData | undefined): number[] | null {
  if (!Array.isArray(data) || data.length === 0 || typeof data[0] !== 'number') return null
  return data as number[]
}

/** Chart-ready series over distance (or time), downsampled, in the user's units. */
export function buildChartData(
  streams: Streams,
  sportType: string,
  units: Units,
  maxPoints = MAX_CHART_POINTS,
): ChartData | null {
  const distance = numeric(streams.distance)
  const time = numeric(streams.time)
  const base = distance && (distance[distance.length - 1] ?? 0) > 0 ? distance : time
  if (!base || base.length < 2) return null
  const n = base.length
  const sample = (values: readonly (number | null)[], skipZero = false) =>
    bucketAverage(values.length === n ? values : values.slice(0, n), maxPoints, skipZero)

  const unit = distanceUnitLabel(units)
  const overDistance = base === distance
  const x = overDistance
    ? (sample(distanceSeries(base, units)) as number[])
    : (sample(base.map((s) => s / 60)) as number[])
  const series: ChartSeries[] = []

  const altitude = numeric(streams.altitude)
  if (altitude && altitude.length >= n) {
    const values = sample(elevationSeries(altitude, units))
    const label = units === 'imperial' ? 'ft' : 'm'
    const low = Math.min(...values.filter((v): v is number => v !== null))
    const high = maximum(values) ?? 0
    const span = Math.max(high - low, units === 'imperial' ? 60 : 20)
    series.push({
      kind: 'elevation',
      title: 'Elevation',
      values,
      invert: false,
      format: (v) => `${Math.round(v).toLocaleString('en')} ${label}`,
      summary: `${Math.round(low).toLocaleString('en')}–${Math.round(high).toLocaleString('en')} ${label}`,
      range: [low - span * 0.1, low + span * 1.1],
    })
  }

  const velocity = numeric(streams.velocity_smooth)
  if (velocity && velocity.length >= n && hasSignal(velocity)) {
    // GPS speed jitters from second to second; a short rolling mean reads like a watch does.
    // Speed is averaged first and converted after: the mean of paces is not the pace of the mean.
    const smoothed = sample(rollingMean(velocity, Math.max(1, Math.round(n / 300))))
    series.push(speedChart(smoothed, velocity, sportType, units))
  }

  const heartrate = numeric(streams.heartrate)
  if (heartrate && heartrate.length >= n && hasSignal(heartrate)) {
    series.push(sensorSeries('heartrate', 'Heart rate', 'bpm', sample(heartrate, true), heartrate))
  }

  const cadence = numeric(streams.cadence)
  if (cadence && cadence.length >= n && hasSignal(cadence)) {
    const factor = cadenceMultiplier(sportType)
    const scaled = cadence.map((c) => c * factor)
    series.push(
      sensorSeries('cadence', 'Cadence', cadenceUnit(sportType), sample(scaled, true), scaled),
    )
  }

  const watts = numeric(streams.watts)
  if (watts && watts.length >= n && hasSignal(watts)) {
    series.push(sensorSeries('power', 'Power', 'W', sample(watts), watts))
  }

  if (series.length === 0) return null
  return {
    x,
    xLabel: overDistance ? `Distance (${unit})` : 'Time (min)',
    formatX: overDistance
      ? (v) => `${v.toFixed(v < 10 ? 2 : 1)} ${unit}`
      : (v) => formatDuration(v * 60),
    sourceIndex: bucketMiddles(n, maxPoints),
    series,
  }
}

/** Pace (upside down) for runs, walks and swims, speed for the rest, in the user's units. */
function speedChart(
  smoothed: (number | null)[],
  raw: readonly number[],
  sportType: string,
  units: Units,
): ChartSeries {
  const moving = raw.filter((v) => v > MOVING_SPEED)
  const meanSpeed = moving.length ? moving.reduce((a, b) => a + b, 0) / moving.length : 0
  const summary = meanSpeed > 0 ? `avg ${formatSpeed(meanSpeed, sportType, units)}` : ''
  const speeds = smoothed.map((v) => v ?? 0)
  if (sportType === 'Swim') {
    const values = speeds.map((v) => (v > MOVING_SPEED ? 100 / v / 60 : null))
    return {
      kind: 'speed',
      title: 'Pace',
      values,
      invert: true,
      format: (v) => `${formatPaceMinutes(v)} /100m`,
      summary,
      range: robustRange(values, 0.03, 0.97),
    }
  }
  const converted = speedSeries(speeds, sportType, units)
  const values = converted.values.map((v) => (v === null || !Number.isFinite(v) ? null : v))
  const unit = distanceUnitLabel(units)
  return {
    kind: 'speed',
    title: converted.invert ? 'Pace' : 'Speed',
    values,
    invert: converted.invert,
    format: converted.invert
      ? (v) => `${formatPaceMinutes(v)} /${unit}`
      : (v) => `${v.toFixed(1)} ${units === 'imperial' ? 'mph' : 'km/h'}`,
    summary,
    range: converted.invert ? robustRange(values, 0.03, 0.97) : robustRange(values, 0, 0.99),
  }
}

function sensorSeries(
  kind: ChartKind,
  title: string,
  unit: string,
  values: (number | null)[],
  raw: readonly number[],
): ChartSeries {
  // The summary reads the full stream: averaging for the chart flattens the peaks.
  const mean = average(raw)
  const max = maximum(raw)
  const parts = [
    mean === null ? null : `avg ${Math.round(mean)} ${unit}`,
    max === null ? null : `max ${Math.round(max)}`,
  ]
  return {
    kind,
    title,
    values,
    invert: false,
    format: (v) => `${Math.round(v)} ${unit}`,
    summary: parts.filter(Boolean).join(' · '),
    range: robustRange(values, 0.005, 1),
  }
}
