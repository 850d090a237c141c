/**
 * Garmin's FIT SDK refuses data messages with a compressed timestamp header ("not currently
 * supported"), which some older devices write: a one-byte header carrying the local message type
 * and the low five bits of the time, instead of a full `timestamp` field. This rewrites such a
 * file into the equivalent plain one, so the SDK can decode it: each compressed message becomes a
 * normal message of a definition that starts with a 4-byte `timestamp` (field 253), whose value
 * is reconstructed as the FIT protocol says (from the last full timestamp, rolling over every 32
 * seconds). Only record framing is read here; every field is still decoded by the SDK.
 */
import { CrcCalculator } from '@garmin/fitsdk'
import { CorruptFileError } from './corrupt-file'

const TIMESTAMP_FIELD = 253
const UINT32 = 0x86

interface Definition {
  /** The definition record as written (header byte included). */
  bytes: Uint8Array
  /** The same definition with a timestamp field first. */
  stamped: Uint8Array
  littleEndian: boolean
  /** Bytes of one data message of this definition. */
  size: number
  /** Offset of a 4-byte timestamp field in the data, or -1. */
  timestampAt: number
}

class Output {
  private readonly parts: Uint8Array[] = []
  length = 0
  push(bytes: Uint8Array): void {
    this.parts.push(bytes)
    this.length += bytes.length
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const part of this.parts) {
      out.set(part, at)
      at += part.length
    }
    return out
  }
}

const cutShort = () => new CorruptFileError('the FIT file is cut short')

function readDefinition(bytes: Uint8Array, at: number, end: number) {
  const header = bytes[at] as number
  if (at + 6 > end) throw cutShort()
  const littleEndian = bytes[at + 2] === 0
  const count = bytes[at + 5] as number
  let p = at + 6
  let size = 0
  let timestampAt = -1
  for (let i = 0; i < count; i++, p += 3) {
    if (p + 3 > end) throw cutShort()
    if (bytes[p] === TIMESTAMP_FIELD && bytes[p + 1] === 4) timestampAt = size
    size += bytes[p + 1] as number
  }
  if ((header & 0x20) !== 0) {
    if (p >= end) throw cutShort()
    const devCount = bytes[p] as number
    p += 1
    for (let i = 0; i < devCount; i++, p += 3) size += bytes[p + 1] as number
  }
  if (p > end) throw cutShort()
  const own = bytes.slice(at, p)
  const stamped = new Uint8Array(own.length + 3)
  stamped.set(own.subarray(0, 6), 0)
  stamped[5] = count + 1
  stamped.set([TIMESTAMP_FIELD, 4, UINT32], 6)
  stamped.set(own.subarray(6), 9)
  const definition: Definition = { bytes: own, stamped, littleEndian, size, timestampAt }
  return { definition, next: p }
}

/** Rewrites the data records of one FIT file (header excluded); returns the new data. */
function rewriteRecords(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const definitions = new Map<number, Definition>()
  const stampedNow = new Set<number>()
  const out = new Output()
  let lastTimestamp = 0
  let at = start
  while (at < end) {
    const header = bytes[at] as number
    const compressed = (header & 0x80) !== 0
    if (!compressed && (header & 0x40) !== 0) {
      const { definition, next } = readDefinition(bytes, at, end)
      const local = header & 0x0f
      definitions.set(local, definition)
      stampedNow.delete(local)
      out.push(definition.bytes)
      at = next
      continue
    }
    const local = compressed ? (header >> 5) & 0x03 : header & 0x0f
    const definition = definitions.get(local)
    if (!definition) throw new CorruptFileError('the FIT data cannot be read')
    const dataEnd = at + 1 + definition.size
    if (dataEnd > end) throw cutShort()
    const data = bytes.subarray(at + 1, dataEnd)
    if (!compressed) {
      if (stampedNow.delete(local)) out.push(definition.bytes)
      if (definition.timestampAt >= 0) {
        lastTimestamp = view.getUint32(at + 1 + definition.timestampAt, definition.littleEndian)
      }
      out.push(bytes.subarray(at, dataEnd))
    } else {
      const offset = header & 0x1f
      const rolled = (lastTimestamp & ~0x1f) + offset
      lastTimestamp = (offset >= (lastTimestamp & 0x1f) ? rolled : rolled + 0x20) >>> 0
      if (!stampedNow.has(local)) {
        // The stamped definition keeps the original's local type; the record header says which.
        const stamped = Uint8Array.from(definition.stamped)
        stamped[0] = 0x40 | ((definition.bytes[0] as number) & 0x20) | local
        out.push(stamped)
        stampedNow.add(local)
      }
      const message = new Uint8Array(5 + data.length)
      message[0] = local
      new DataView(message.buffer).setUint32(1, lastTimestamp, definition.littleEndian)
      message.set(data, 5)
      out.push(message)
    }
    at = dataEnd
  }
  return out.concat()
}

/** The same FIT file (chained files included) with compressed timestamp headers written out. */
export function expandCompressedTimestamps(bytes: Uint8Array): Uint8Array {
  const files = new Output()
  let start = 0
  while (start + 12 <= bytes.length) {
    const headerSize = bytes[start] as number
    if (headerSize !== 12 && headerSize !== 14) break
    const view = new DataView(bytes.buffer, bytes.byteOffset + start, headerSize)
    const dataEnd = start + headerSize + view.getUint32(4, true)
    if (dataEnd + 2 > bytes.length) throw cutShort()
    const data = rewriteRecords(bytes, start + headerSize, dataEnd)
    const file = new Uint8Array(headerSize + data.length + 2)
    file.set(bytes.subarray(start, start + headerSize), 0)
    const fileView = new DataView(file.buffer)
    fileView.setUint32(4, data.length, true)
    if (headerSize === 14) fileView.setUint16(12, CrcCalculator.calculateCRC(file, 0, 12), true)
    file.set(data, headerSize)
    const crcAt = headerSize + data.length
    fileView.setUint16(crcAt, CrcCalculator.calculateCRC(file, 0, crcAt), true)
    files.push(file)
    start = dataEnd + 2
  }
  return files.concat()
}
