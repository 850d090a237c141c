/**
 * Records read with Garmin's SDK, for the rare files that keep heart rate in separate `hr`
 * messages (straps that store it while swimming): the SDK merges those into the records.
 */
import { Decoder, Stream, type RecordMesg } from '@garmin/fitsdk'
import { fitNumber, fitTimeMs } from './fit-records'
import type { TrackPoint } from './track-points'

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31

function scaled(value: unknown): number | undefined {
  const n = fitNumber(value)
  return n === undefined ? undefined : Number(n.toFixed(3))
}

function degrees(semicircles: unknown): number | undefined {
  const value = fitNumber(semicircles)
  return value === undefined ? undefined : Number((value * DEGREES_PER_SEMICIRCLE).toFixed(7))
}

function toPoint(record: RecordMesg, anchor: number | undefined): TrackPoint {
  const lat = degrees(record.positionLat)
  const lng = degrees(record.positionLong)
  const valid =
    lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
  return {
    timeMs: fitTimeMs(record.timestamp, anchor),
    lat: valid ? lat : undefined,
    lng: valid ? lng : undefined,
    altitude: scaled(record.enhancedAltitude) ?? scaled(record.altitude),
    distance: scaled(record.distance),
    speed: scaled(record.enhancedSpeed) ?? scaled(record.speed),
    heartrate: fitNumber(record.heartRate),
    cadence: fitNumber(record.cadence),
    watts: fitNumber(record.power),
    temp: fitNumber(record.temperature),
  }
}

/**
 * Record messages with `hr` messages merged in; the CRC was checked already. Null when the SDK
 * cannot merge them (it then reports an error): the records are read without them instead.
 */
export function readSdkRecords(bytes: Uint8Array, anchor: number | undefined): TrackPoint[] | null {
  const decoder = new Decoder(Stream.fromByteArray(bytes))
  const { messages, errors } = decoder.read({
    convertDateTimesToDates: false,
    includeUnknownData: false,
    mergeHeartRates: true,
  })
  if (errors.length > 0) return null
  return (messages.recordMesgs ?? []).map((record) => toPoint(record, anchor))
}
