import { Decoder, Stream, type RecordMesg } from '@garmin/fitsdk'
import { CorruptFileError } from './corrupt-file'
import type { TrackPoint } from './track-points'

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** Scaled FIT fields come back with float noise (100.20000000000005); their resolution is coarser. */
function scaled(value: unknown): number | undefined {
  const n = num(value)
  return n === undefined ? undefined : Number(n.toFixed(3))
}

function degrees(semicircles: unknown): number | undefined {
  const value = num(semicircles)
  return value === undefined ? undefined : Number((value * DEGREES_PER_SEMICIRCLE).toFixed(7))
}

function toPoint(record: RecordMesg): TrackPoint {
  const timestamp = record.timestamp
  const lat = degrees(record.positionLat)
  const lng = degrees(record.positionLong)
  const valid =
    lat !== undefined && lng !== undefined && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
  return {
    timeMs: timestamp instanceof Date ? timestamp.getTime() : undefined,
    lat: valid ? lat : undefined,
    lng: valid ? lng : undefined,
    altitude: scaled(record.enhancedAltitude) ?? scaled(record.altitude),
    distance: scaled(record.distance),
    speed: scaled(record.enhancedSpeed) ?? scaled(record.speed),
    heartrate: num(record.heartRate),
    cadence: num(record.cadence),
    watts: num(record.power),
    temp: num(record.temperature),
  }
}

/** Record messages of a FIT activity file, checked against the file's CRC first. */
export function readFitTrack(bytes: Buffer): TrackPoint[] {
  const stream = Stream.fromBuffer(bytes)
  if (!Decoder.isFIT(stream)) throw new CorruptFileError('not a FIT file')
  const decoder = new Decoder(stream)
  if (!decoder.checkIntegrity()) throw new CorruptFileError('the FIT checksum does not match')
  const { messages, errors } = decoder.read({
    convertDateTimesToDates: true,
    includeUnknownData: false,
    mergeHeartRates: true,
  })
  if (errors.length > 0) {
    throw new CorruptFileError(`the FIT data cannot be read (${errors[0]?.message ?? 'error'})`)
  }
  return (messages.recordMesgs ?? []).map(toPoint)
}
