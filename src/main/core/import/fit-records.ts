/**
 * FIT record messages (raw values from fit-decoder) as track points, and FIT time stamps as
 * UTC milliseconds. Field numbers, scales and offsets are those of Garmin's FIT profile.
 */
import type { FitMessage } from './fit-decoder'
import type { TrackPoint } from './track-points'

/** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
const FIT_EPOCH_S = 631_065_600
/**
 * FIT profile: "if date_time is < 0x10000000 then it is system time (seconds from device power
 * on)", not seconds since the FIT epoch.
 */
export const FIT_SYSTEM_TIME_LIMIT = 0x10000000

/**
 * UTC milliseconds of a FIT `date_time`. A time counted from power-on needs `anchor` (seconds
 * from system time to FIT time, from the file's own clock correlation); without one it is
 * unknown.
 */
export function fitTimeMs(raw: unknown, anchor: number | undefined): number | undefined {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined
  if (raw >= FIT_SYSTEM_TIME_LIMIT) return (raw + FIT_EPOCH_S) * 1000
  return anchor === undefined ? undefined : (raw + anchor + FIT_EPOCH_S) * 1000
}

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31

/** A raw value as a number, or undefined. */
export function fitNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * A scaled field's value. The raw value is an integer, so `(raw - offset × scale) / scale` is
 * one correctly rounded division: 1025 / 100 is exactly the double nearest 10.25, where
 * `raw / scale - offset` would leave float noise (3277 / 5 - 500 = 155.39999999999998).
 */
export function fitScaled(value: unknown, scale: number, offset = 0): number | undefined {
  const n = fitNumber(value)
  return n === undefined ? undefined : (n - offset * scale) / scale
}

/** Degrees to 7 decimals (about 1 cm), as the API gives them. */
function degrees(semicircles: unknown): number | undefined {
  const value = fitNumber(semicircles)
  return value === undefined ? undefined : Math.round(value * DEGREES_PER_SEMICIRCLE * 1e7) / 1e7
}

/** The record fields read, by field number. */
export const RECORD_FIELDS = [253, 0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 73, 78]

/**
 * Track points of record messages. `compressed_speed_distance` (old devices) packs a 12-bit
 * speed and a 12-bit distance that accumulates and wraps at 4096 (256 m).
 */
export function recordsToPoints(records: FitMessage[], anchor: number | undefined): TrackPoint[] {
  let packedDistance = 0
  let lastPacked: number | undefined
  return records.map((record) => {
    const lat = degrees(record[0])
    const lng = degrees(record[1])
    const valid =
      lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
    let distance = fitScaled(record[5], 100)
    let speed = fitScaled(record[73], 1000) ?? fitScaled(record[6], 1000)
    const packed = fitNumber(record[8])
    if (packed !== undefined) {
      const raw = packed >>> 12
      packedDistance += lastPacked === undefined ? raw : (raw - lastPacked + 4096) % 4096
      lastPacked = raw
      distance ??= packedDistance / 16
      speed ??= fitScaled(packed & 0xfff, 100)
    }
    return {
      timeMs: fitTimeMs(record[253], anchor),
      lat: valid ? lat : undefined,
      lng: valid ? lng : undefined,
      altitude: fitScaled(record[78], 5, 500) ?? fitScaled(record[2], 5, 500),
      distance,
      speed,
      heartrate: fitNumber(record[3]),
      cadence: fitNumber(record[4]),
      watts: fitNumber(record[7]),
      temp: fitNumber(record[13]),
    }
  })
}
