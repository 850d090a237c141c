import type { StreamData, StreamKey } from '../../../shared/library-dto'
import {
  distanceSeries,
  distanceUnitLabel,
  elevationSeries,
  formatDuration,
  formatPaceMinutes,
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
    // Average the speed first, then convert: the mean of paces is not the pace of the mean.
    // GPS speed jitters from second to second; a short rolling mean reads like a watch does.
    const averaged = sample(rollingMean(velocity, Math.max(1, Math.round(n / 300)))).map(
      (v) => v ?? 0,
    )
    const converted = speedSeries(averaged, sportType, units)
    const pace = converted.invert
    const values = converted.values.map((v) => (v === null || !Number.isFinite(v) ? null : v))
    const moving = values.filter((v): v is number => v !== null)
    const mean = moving.length ? moving.reduce((a, b) => a + b, 0) / moving.length : null
    series.push({
      kind: 'speed',
      title: pace ? 'Pace' : 'Speed',
      values,
      invert: pace,
      format: pace
        ? (v) => `${formatPaceMinutes(v)} /${unit}`
        : (v) => `${v.toFixed(1)} ${units === 'imperial' ? 'mph' : 'km/h'}`,
      summary:
        mean === null
          ? ''
          : pace
            ? `avg ${formatPaceMinutes(mean)} /${unit}`
            : `avg ${mean.toFixed(1)} ${units === 'imperial' ? 'mph' : 'km/h'}`,
      range: pace ? robustRange(values, 0.03, 0.97) : robustRange(values, 0, 0.99),
    })
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
    xLabel: overDistance ? `Distance (${unit})` : 'Time',
    formatX: overDistance
      ? (v) => `${v.toFixed(v < 10 ? 2 : 1)} ${unit}`
      : (v) => formatDuration(v * 60),
    sourceIndex: bucketMiddles(n, maxPoints),
    series,
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
