/**
 * How activity_streams holds one activity's streams. Two forms, told apart by their first bytes:
 *
 * - compact: the bytes of MAGIC, three varints (the `latlng` stream's number of points, its place
 *   among the stream keys, its length in bytes), the `latlng` bytes (latlng-bytes.ts), then the
 *   other streams as deflated JSON. Written whenever `latlng` comes back exactly that way, so the
 *   map explorer reads positions without inflating or parsing anything;
 * - JSON: all streams as deflated JSON (zlib's first byte is 0x78). Written for every other
 *   stream set, and what every library made before the compact form holds.
 *
 * Both decode to the same StreamSet, keys in the order they were given.
 */
import { deflateSync, inflateSync } from 'node:zlib'
import type { StreamSet } from '../strava/activity-schemas'
import { readVarint, varintEnd, writeVarint } from '../bytes/varint'
import { DamagedStreamsError, decodeLatlngBytes, encodeLatlngBytes } from './latlng-bytes'

/**
 * Level 4: a third of the time of zlib's default for streams JSON, about 6% larger. An import
 * compresses thousands of activities in a row; a sync compresses one per request.
 */
const LEVEL = 4

/** "TKS" and form 2; never a zlib header. */
const MAGIC = Uint8Array.from([0x54, 0x4b, 0x53, 0x02])
/** Three varints of five bytes at most. */
const MAX_HEADER = MAGIC.length + 15

const deflateJson = (value: unknown): Buffer => deflateSync(JSON.stringify(value), { level: LEVEL })

export function encodeStreams(streams: StreamSet): Buffer {
  const latlng = streams.latlng ? encodeLatlngBytes(streams.latlng) : null
  if (!latlng || !streams.latlng) return deflateJson(streams)
  const { latlng: points, ...others } = streams
  const header = new Uint8Array(MAX_HEADER)
  header.set(MAGIC)
  let at = writeVarint(header, MAGIC.length, points.length)
  at = writeVarint(header, at, Object.keys(streams).indexOf('latlng'))
  at = writeVarint(header, at, latlng.length)
  return Buffer.concat([header.subarray(0, at), latlng, deflateJson(others)])
}

/** What an activity_streams row holds: the stream types, how many samples, the encoded data. */
export interface EncodedStreams {
  keys: string
  sampleCount: number
  data: Buffer
}

/** Its sample count is the longest stream's. */
export function encodeStreamSet(streams: StreamSet): EncodedStreams {
  return {
    keys: Object.keys(streams).join(','),
    sampleCount: Math.max(0, ...Object.values(streams).map((s) => s?.length ?? 0)),
    data: encodeStreams(streams),
  }
}

/** The parts of a compact row. */
interface CompactParts {
  count: number
  keyIndex: number
  latlng: Uint8Array
  others: Uint8Array
}

/** A compact row's parts; null for a JSON row. Throws DamagedStreamsError on a bad header. */
function compactParts(data: Uint8Array): CompactParts | null {
  if (!MAGIC.every((byte, i) => data[i] === byte)) return null
  const count = readVarint(data, MAGIC.length)
  const keyIndex = readVarint(data, varintEnd())
  const length = readVarint(data, varintEnd())
  const start = varintEnd()
  if (count < 0 || keyIndex < 0 || length < 0 || start + length > data.length) {
    throw new DamagedStreamsError()
  }
  return {
    count,
    keyIndex,
    latlng: data.subarray(start, start + length),
    others: data.subarray(start + length),
  }
}

/** The JSON text of a JSON row (or of a compact row's other streams). */
export function streamsJsonText(data: Uint8Array): string {
  try {
    return inflateSync(data).toString('utf8')
  } catch {
    throw new DamagedStreamsError()
  }
}

/** Deflated JSON, parsed; DamagedStreamsError when the bytes are not that. */
function inflateJson(data: Uint8Array): unknown {
  const text = streamsJsonText(data)
  try {
    return JSON.parse(text)
  } catch {
    throw new DamagedStreamsError()
  }
}

/** The positions (lat, lng interleaved) of a compact row; null for a JSON row. */
export function storedPositions(data: Uint8Array): Float64Array | null {
  const parts = compactParts(data)
  return parts ? decodeLatlngBytes(parts.latlng, parts.count) : null
}

export function decodeStreams(data: Uint8Array): StreamSet {
  const parts = compactParts(data)
  if (!parts) return inflateJson(data) as StreamSet
  const positions = decodeLatlngBytes(parts.latlng, parts.count)
  const others = inflateJson(parts.others)
  if (typeof others !== 'object' || others === null || Array.isArray(others)) {
    throw new DamagedStreamsError()
  }
  const latlng: [number, number][] = new Array(parts.count)
  for (let i = 0; i < parts.count; i++)
    latlng[i] = [positions[2 * i] as number, positions[2 * i + 1] as number]
  const entries = Object.entries(others)
  entries.splice(Math.min(parts.keyIndex, entries.length), 0, ['latlng', latlng])
  return Object.fromEntries(entries) as StreamSet
}
