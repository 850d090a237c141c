import type {
  ActivityDetailDto,
  SplitDto,
  StreamData,
  StreamKey,
} from '../../../shared/library-dto'
import { splitLengthMetres, type Units } from '../format/units'

/**
 * One kilometre or mile of the table: Strava's split or one computed from the streams. The
 * distance is a full kilometre or mile except for the last split; speed is over the moving time.
 */
export type SplitRow = SplitDto

export interface Splits {
  unit: 'km' | 'mi'
  rows: SplitRow[]
}

/** A last split shorter than this is noise from the watch stopping, not a split. */
const MIN_LAST_SPLIT_M = 20

/**
 * Splits in the user's unit: Strava's kilometre splits for metric, mile splits worked out from
 * the streams for imperial (Strava's own mile splits are not stored). Without streams, imperial
 * users get the kilometre splits rather than nothing.
 */
export function splitsFor(detail: ActivityDetailDto, units: Units): Splits | null {
  const unit = units === 'imperial' ? 'mi' : 'km'
  if (unit === 'km' && detail.splits.length > 0) return { unit, rows: detail.splits }
  const computed = detail.streams ? computeSplits(detail.streams, splitLengthMetres(units)) : []
  if (computed.length > 0) return { unit, rows: computed }
  if (detail.splits.length > 0) return { unit: 'km', rows: detail.splits }
  return null
}

function numbers(data: StreamData | undefined): number[] | null {
  return Array.isArray(data) && typeof data[0] === 'number' ? (data as number[]) : null
}

/** Cuts the distance and time streams at every whole `length` metres. */
export function computeSplits(
  streams: Partial<Record<StreamKey, StreamData>>,
  length: number,
): SplitRow[] {
  const distance = numbers(streams.distance)
  const time = numbers(streams.time)
  if (!distance || !time || distance.length < 2 || time.length < distance.length) return []
  const altitude = numbers(streams.altitude)
  const heartrate = numbers(streams.heartrate)
  const moving =
    Array.isArray(streams.moving) && typeof streams.moving[0] === 'boolean'
      ? (streams.moving as boolean[])
      : null

  const rows: SplitRow[] = []
  let open = { distance: distance[0] ?? 0, time: time[0] ?? 0, altitude: altitude?.[0] ?? null }
  let movingTime = 0
  let hrSum = 0
  let hrTime = 0
  const close = (at: { distance: number; time: number; altitude: number | null }) => {
    const elapsed = at.time - open.time
    const covered = at.distance - open.distance
    rows.push({
      split: rows.length + 1,
      distance: covered,
      movingTime: Math.round(movingTime),
      elapsedTime: Math.round(elapsed),
      elevationDifference:
        at.altitude !== null && open.altitude !== null ? at.altitude - open.altitude : null,
      averageSpeed: movingTime > 0 ? covered / movingTime : null,
      averageHeartrate: hrTime > 0 ? hrSum / hrTime : null,
    })
    open = at
    movingTime = 0
    hrSum = 0
    hrTime = 0
  }

  for (let i = 1; i < distance.length; i++) {
    const d0 = distance[i - 1] as number
    const d1 = distance[i] as number
    const t0 = time[i - 1] as number
    const t1 = time[i] as number
    const dt = Math.max(0, t1 - t0)
    const isMoving = moving ? moving[i] !== false : true
    const hr = heartrate?.[i] ?? 0
    const account = (seconds: number) => {
      if (isMoving) movingTime += seconds
      if (hr > 0) {
        hrSum += hr * seconds
        hrTime += seconds
      }
    }
    let from = 0
    // A sample may cross several boundaries (a GPS jump): close each one it crosses.
    for (let boundary = splitEnd(rows.length, length); d1 >= boundary && d1 > d0;) {
      const f = (boundary - d0) / (d1 - d0)
      account((f - from) * dt)
      close({
        distance: boundary,
        time: t0 + f * dt,
        altitude: interpolate(altitude, i, f),
      })
      from = f
      boundary = splitEnd(rows.length, length)
    }
    account((1 - from) * dt)
  }
  const last = distance.length - 1
  const end = {
    distance: distance[last] as number,
    time: time[last] as number,
    altitude: altitude?.[last] ?? null,
  }
  if (end.distance - open.distance >= MIN_LAST_SPLIT_M) close(end)
  return rows
}

function splitEnd(done: number, length: number): number {
  return (done + 1) * length
}

function interpolate(series: number[] | null, i: number, f: number): number | null {
  const a = series?.[i - 1]
  const b = series?.[i]
  if (a === undefined || b === undefined) return null
  return a + f * (b - a)
}
