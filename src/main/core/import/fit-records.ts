/**
 * FIT record messages (as Garmin's SDK decodes them, scaled, times as raw FIT seconds) as track
 * points, and FIT time stamps as UTC milliseconds.
 */
import type { RecordMesg } from '@garmin/fitsdk'
import type { TrackPoint } from './track-points'

/** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
const FIT_EPOCH_S = 631_065_600
/**
 * FIT profile: "if date_time is < 0x10000000 then it is system time (seconds from device power
 * on)", not seconds since the FIT epoch.
 */
export const FIT_SYSTEM_TIME_LIMIT = 0x10000000

/** A decoded value as a finite number, or undefined. */
export function fitNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * UTC milliseconds of a FIT `date_time`. A time counted from power-on needs `anchor` (seconds
 * from system time to FIT time, from the file's own clock correlation); without one it is
 * unknown.
 */
export function fitTimeMs(raw: unknown, anchor: number | undefined): number | undefined {
  const value = fitNumber(raw)
  if (value === undefined) return undefined
  if (value >= FIT_SYSTEM_TIME_LIMIT) return (value + FIT_EPOCH_S) * 1000
  return anchor === undefined ? undefined : (value + anchor + FIT_EPOCH_S) * 1000
}

/**
 * A scaled value without the float noise of the SDK's `raw / scale - offset`
 * (3277 / 5 - 500 = 155.39999999999998): to `digits` decimals, finer than any sensor.
 */
export function fitRounded(value: unknown, digits = 3): number | undefined {
  const n = fitNumber(value)
  return n === undefined ? undefined : Number(n.toFixed(digits))
}

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31

/** Degrees to 7 decimals (about 1 cm), as the API gives them. */
function degrees(semicircles: unknown): number | undefined {
  const value = fitNumber(semicircles)
  return value === undefined ? undefined : Math.round(value * DEGREES_PER_SEMICIRCLE * 1e7) / 1e7
}

/** Track points of record messages; `enhanced_*` fields win over their 16-bit originals. */
export function recordsToPoints(
  records: readonly RecordMesg[],
  anchor: number | undefined,
): TrackPoint[] {
  return records.map((record) => {
    const lat = degrees(record.positionLat)
    const lng = degrees(record.positionLong)
    const valid =
      lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
    return {
      timeMs: fitTimeMs(record.timestamp, anchor),
      lat: valid ? lat : undefined,
      lng: valid ? lng : undefined,
      altitude: fitRounded(record.enhancedAltitude) ?? fitRounded(record.altitude),
      distance: fitRounded(record.distance, 2),
      speed: fitRounded(record.enhancedSpeed) ?? fitRounded(record.speed),
      heartrate: fitNumber(record.heartRate),
      cadence: fitNumber(record.cadence),
      watts: fitNumber(record.power),
      temp: fitNumber(record.temperature),
    }
  })
}
