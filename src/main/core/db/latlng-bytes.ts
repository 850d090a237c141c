/**
 * A `latlng` stream as bytes: whole millionths of a degree, each point as zigzag varint deltas
 * from the one before (a second's movement takes one to two bytes a coordinate). Strava sends six
 * decimals, so its streams fit exactly; a stream that would not come back bit for bit (a file's
 * finer positions, a value out of range, anything that is not a pair of numbers) is not encoded
 * this way at all. Reading it back needs neither inflating nor parsing text: the map explorer reads
 * 50,000 of them from scratch.
 */
import { readVarint, unzigzag, varintEnd, writeVarint, zigzag } from '../bytes/varint'

const SCALE = 1e6
/** Beyond any real coordinate, and small enough that every delta's zigzag fits 32 bits. */
const LIMIT = 360
const MICRO_LIMIT = LIMIT * SCALE

/** The stream's whole millionths when every point is a pair that comes back exactly; else null. */
function exactMicrodegrees(raw: unknown): Int32Array | null {
  if (!Array.isArray(raw)) return null
  const micro = new Int32Array(2 * raw.length)
  for (let i = 0; i < raw.length; i++) {
    const point: unknown = raw[i]
    if (!Array.isArray(point) || point.length !== 2) return null
    for (let k = 0; k < 2; k++) {
      const value: unknown = point[k]
      if (typeof value !== 'number' || !(Math.abs(value) <= LIMIT)) return null
      const whole = Math.round(value * SCALE)
      // The same division decoding does: equal means the double comes back bit for bit.
      if (whole / SCALE !== value) return null
      micro[2 * i + k] = whole
    }
  }
  return micro
}

/** The stream as bytes, or null when it does not come back exactly (see the module comment). */
export function encodeLatlngBytes(raw: unknown): Uint8Array | null {
  const micro = exactMicrodegrees(raw)
  if (!micro) return null
  // Five bytes a value at most.
  const out = new Uint8Array(5 * micro.length)
  let at = 0
  let previousLat = 0
  let previousLng = 0
  for (let i = 0; i < micro.length; i += 2) {
    const lat = micro[i] as number
    const lng = micro[i + 1] as number
    at = writeVarint(out, at, zigzag(lat - previousLat))
    at = writeVarint(out, at, zigzag(lng - previousLng))
    previousLat = lat
    previousLng = lng
  }
  return out.slice(0, at)
}

/** A damaged or forged stream: the caller's row is unreadable, never partly read. */
export class DamagedStreamsError extends Error {
  constructor() {
    super('The stored streams of an activity are damaged and cannot be read.')
    this.name = 'DamagedStreamsError'
  }
}

/**
 * The `count` points of encoded bytes as positions (lat, lng interleaved). Throws
 * DamagedStreamsError when the bytes do not hold exactly that many points.
 */
export function decodeLatlngBytes(bytes: Uint8Array, count: number): Float64Array {
  // Every value takes a byte at least: a count claiming more must not size the array.
  if (!Number.isSafeInteger(count) || count < 0 || 2 * count > bytes.length) {
    throw new DamagedStreamsError()
  }
  const positions = new Float64Array(2 * count)
  let at = 0
  let lat = 0
  let lng = 0
  for (let i = 0; i < positions.length; i += 2) {
    const dLat = readVarint(bytes, at)
    const dLng = readVarint(bytes, varintEnd())
    at = varintEnd()
    if (dLat < 0 || dLng < 0) throw new DamagedStreamsError()
    lat += unzigzag(dLat)
    lng += unzigzag(dLng)
    if (Math.abs(lat) > MICRO_LIMIT || Math.abs(lng) > MICRO_LIMIT) throw new DamagedStreamsError()
    positions[i] = lat / SCALE
    positions[i + 1] = lng / SCALE
  }
  if (at !== bytes.length) throw new DamagedStreamsError()
  return positions
}
