import type { CurveStream } from '../../../../shared/lab-dto'
import { decodeStreams } from '../../db/streams-codec'
import type { StreamSet } from '../../strava/activity-schemas'
import { bestEfforts, type BestEffort } from '../best-efforts'
import { sustainedMaxHeartRate } from '../estimates'
import { meanMax, type MeanMaxPoint } from '../mean-max'
import { resampleTo1Hz, type Series1Hz } from '../resample'
import { bestEffortDistances } from '../sport-family'
import { stressScore, type StressScore } from '../stress-score'
import type { ThresholdValues } from '../thresholds'
import type { ZoneBasis, ZoneModel } from '../zone-models'
import { timeInZones } from '../zones'

/** What the worker needs to analyse one activity: its stored streams and what applied that day. */
export interface AnalyseInput {
  /** The activity_streams row's deflated JSON; null for an activity without streams. */
  streams: Uint8Array | null
  sportType: string
  movingTime: number
  /** Metres. */
  distance: number
  /** The thresholds in force on the activity's local day. */
  thresholds: ThresholdValues
  /** The zone model of each basis the activity is measured on (zone-slots.ts). */
  zoneModels: Partial<Record<ZoneBasis, ZoneModel>>
}

export interface ZoneTimes {
  basis: ZoneBasis
  model: string
  threshold: number
  seconds: number[]
}

/** Every figure the lab keeps of one activity. */
export interface ActivityAnalysis {
  stress: StressScore
  curves: { stream: CurveStream; points: MeanMaxPoint[] }[]
  efforts: BestEffort[]
  sustainedMaxHr: number | null
  zones: ZoneTimes[]
}

/**
 * The worker task: decodes the streams once, builds the 1 Hz series once, and derives everything
 * from them. Linear in the activity's length: each mean-max duration and each best-effort
 * distance is one O(n) pass (mean-max.ts, best-efforts.ts), zones one more.
 */
export function analyseActivity(input: AnalyseInput): ActivityAnalysis {
  const streams = input.streams ? decodeStreams(toBuffer(input.streams)) : {}
  const time = streams.time ?? []
  const context = { distance: streams.distance, moving: streams.moving }
  const series = (kind: 'power' | 'heartrate' | 'speed', values: readonly unknown[] | undefined) =>
    values && values.length > 0 ? resampleTo1Hz(time, values, { kind, ...context }) : undefined
  const power = withSignal(series('power', streams.watts))
  const heartRate = withSignal(series('heartrate', streams.heartrate))
  const speed = withSignal(series('speed', streams.velocity_smooth ?? speedFromDistance(streams)))

  const stress = stressScore({
    sportType: input.sportType,
    movingSeconds: input.movingTime,
    distance: input.distance,
    power,
    heartRate,
    thresholds: input.thresholds,
  })
  const curves: ActivityAnalysis['curves'] = []
  if (power) curves.push({ stream: 'watts', points: meanMax(power.values) })
  if (heartRate) curves.push({ stream: 'heartrate', points: meanMax(heartRate.values) })
  if (speed) curves.push({ stream: 'velocity_smooth', points: meanMax(speed.values) })

  const distances = bestEffortDistances(input.sportType)
  const efforts =
    distances.length > 0 && streams.distance ? bestEfforts(time, streams.distance, distances) : []
  const { thresholds: th, zoneModels: models } = input
  const zones = [
    zoneTimes('heartrate', heartRate, th.thresholdHr, models.heartrate),
    zoneTimes('power', power, th.ftp, models.power),
    zoneTimes('pace', speed, th.thresholdPace, models.pace),
  ].filter((z): z is ZoneTimes => z !== null)
  return {
    stress,
    curves,
    efforts,
    sustainedMaxHr: heartRate ? sustainedMaxHeartRate(heartRate.values) : null,
    zones,
  }
}

function zoneTimes(
  basis: ZoneBasis,
  series: Series1Hz | undefined,
  threshold: number | undefined,
  model: ZoneModel | undefined,
): ZoneTimes | null {
  if (!series || !model || threshold === undefined || !(threshold > 0)) return null
  return { basis, model: model.name, threshold, seconds: timeInZones(series, threshold, model) }
}

/** A series with at least one positive value, or undefined: an all-zero stream says nothing. */
function withSignal(series: Series1Hz | undefined): Series1Hz | undefined {
  return series && series.values.some((v) => v > 0) ? series : undefined
}

/** Speed between samples from the distance stream, for files that carry no speed. */
function speedFromDistance(streams: StreamSet): number[] | undefined {
  const { time, distance } = streams
  if (!time || !distance) return undefined
  const speed: number[] = []
  for (let i = 0; i < Math.min(time.length, distance.length); i++) {
    const dt = Number(time[i]) - Number(time[i - 1])
    const dd = Number(distance[i]) - Number(distance[i - 1])
    speed.push(i > 0 && dt > 0 && dd > 0 ? dd / dt : 0)
  }
  return speed
}

/** The structured clone of a Buffer arrives in a worker as a plain Uint8Array. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
