/** Per-kilometre splits and laps, cut from the streams so detail and streams agree. */
import { round } from './prng'
import type { Streams } from './streams'

export interface Segment {
  startIndex: number
  endIndex: number
  distance: number
  elapsedTime: number
  movingTime: number
  elevationDifference: number
  elevationGain: number
  maxSpeed: number
  averageHeartrate?: number
  maxHeartrate?: number
  averageCadence?: number
}

function numbers(data: Streams[keyof Streams]): number[] | undefined {
  return data as number[] | undefined
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length)
}

function cut(streams: Streams, startIndex: number, endIndex: number): Segment {
  const time = numbers(streams.time) ?? []
  const distance = numbers(streams.distance) ?? []
  const altitude = numbers(streams.altitude)
  const speed = numbers(streams.velocity_smooth) ?? []
  const heartrate = numbers(streams.heartrate)?.slice(startIndex, endIndex + 1)
  const cadence = numbers(streams.cadence)?.slice(startIndex, endIndex + 1)
  const moving = (streams.moving as boolean[] | undefined) ?? []
  let movingTime = 0
  let gain = 0
  for (let i = startIndex + 1; i <= endIndex; i++) {
    const step = (time[i] ?? 0) - (time[i - 1] ?? 0)
    if (moving[i] !== false && moving[i - 1] !== false) movingTime += step
    if (altitude) gain += Math.max(0, (altitude[i] ?? 0) - (altitude[i - 1] ?? 0))
  }
  return {
    startIndex,
    endIndex,
    distance: round((distance[endIndex] ?? 0) - (distance[startIndex] ?? 0), 1),
    elapsedTime: (time[endIndex] ?? 0) - (time[startIndex] ?? 0),
    movingTime,
    elevationDifference: altitude
      ? round((altitude[endIndex] ?? 0) - (altitude[startIndex] ?? 0), 1)
      : 0,
    elevationGain: round(gain, 1),
    maxSpeed: round(Math.max(0, ...speed.slice(startIndex + 1, endIndex + 1)), 3),
    averageHeartrate: heartrate ? round(mean(heartrate), 1) : undefined,
    maxHeartrate: heartrate ? Math.max(...heartrate) : undefined,
    averageCadence: cadence ? round(mean(cadence), 1) : undefined,
  }
}

/** Segments of every full kilometre plus the remainder. */
export function kilometreSegments(streams: Streams): Segment[] {
  const distance = numbers(streams.distance) ?? []
  const segments: Segment[] = []
  let startIndex = 0
  let nextMark = 1000
  for (let i = 1; i < distance.length; i++) {
    const isLast = i === distance.length - 1
    if ((distance[i] ?? 0) >= nextMark || isLast) {
      if (i > startIndex) segments.push(cut(streams, startIndex, i))
      startIndex = i
      nextMark += 1000
    }
  }
  return segments
}

/** One segment covering the whole activity. */
export function wholeSegment(streams: Streams): Segment {
  const last = (numbers(streams.distance) ?? []).length - 1
  return cut(streams, 0, Math.max(0, last))
}
