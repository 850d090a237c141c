/**
 * The streams Strava derives that a file may lack: `velocity_smooth` (speed over the samples two
 * either side, never across a break) and `moving` (moving-time.ts).
 */
import type { TrackStreams } from '../track-points'
import { movingStream } from './moving-time'

const SPEED_HALF_WINDOW = 2

/** Speed at each sample over a centred window of samples within the same segment. */
export function smoothSpeed(
  time: readonly number[],
  distance: readonly number[],
  breaks: readonly number[],
): number[] {
  const speed = new Array<number>(time.length).fill(0)
  const starts = [0, ...breaks, time.length]
  for (let s = 0; s + 1 < starts.length; s++) {
    const from = starts[s] as number
    const to = (starts[s + 1] as number) - 1
    for (let i = from; i <= to; i++) {
      const a = Math.max(from, i - SPEED_HALF_WINDOW)
      const b = Math.min(to, i + SPEED_HALF_WINDOW)
      const dt = (time[b] as number) - (time[a] as number)
      const value = dt > 0 ? ((distance[b] as number) - (distance[a] as number)) / dt : 0
      speed[i] = Math.max(0, Math.round(value * 1000) / 1000)
    }
  }
  return speed
}

/** Adds `velocity_smooth` when the file had no speed, and `moving`. */
export function addDerivedStreams(
  streams: TrackStreams,
  breaks: readonly number[],
  sportType: string,
): TrackStreams {
  const { time, distance } = streams
  const result = { ...streams }
  if (!result.velocity_smooth && distance)
    result.velocity_smooth = smoothSpeed(time, distance, breaks)
  result.moving = movingStream(time, distance, new Set(breaks), sportType)
  return result
}
