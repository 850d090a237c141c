/**
 * A small FIT decoder that reads only the messages and fields the import asks for, as raw
 * values keyed by field number. Garmin's SDK decodes every field of every message into named,
 * scaled objects: about 18 ms for a one-hour file, where this takes one or two. Integrity (the
 * CRC) is checked first (fit-crc.ts). Chained files (several FIT files back to back) are read
 * one after the other; developer fields are skipped.
 */
import { CorruptFileError } from './corrupt-file'
import { BASE_TYPE_SIZES, readValue, type FieldPlan } from './fit-values'

/** Raw field values by field number: numbers, or text for string fields. */
export type FitMessage = Record<number, number | string | undefined>

/** The messages wanted and, for each, the field numbers to read. */
export type FitWanted = ReadonlyMap<number, ReadonlySet<number>>

export interface FitMessages {
  byNumber: Map<number, FitMessage[]>
  /** Every global message number seen, wanted or not. */
  seen: Set<number>
}

const TIMESTAMP = 253

interface Definition {
  mesgNum: number
  littleEndian: boolean
  /** Bytes of one data message, developer fields included. */
  length: number
  fields: FieldPlan[]
  timestampAt: number
}

function define(view: DataView, at: number, developer: boolean, wanted: FitWanted) {
  const littleEndian = view.getUint8(at + 1) === 0
  const mesgNum = view.getUint16(at + 2, littleEndian)
  const count = view.getUint8(at + 4)
  const want = wanted.get(mesgNum)
  const fields: FieldPlan[] = []
  let length = 0
  let timestampAt = -1
  let p = at + 5
  for (let i = 0; i < count; i++, p += 3) {
    const num = view.getUint8(p)
    const size = view.getUint8(p + 1)
    const base = view.getUint8(p + 2)
    if (num === TIMESTAMP && size === 4) timestampAt = length
    if (want?.has(num) && size >= (BASE_TYPE_SIZES[base & 0x1f] ?? 1)) {
      fields.push({ num, offset: length, size, base })
    }
    length += size
  }
  if (developer) {
    const devCount = view.getUint8(p)
    p += 1
    for (let i = 0; i < devCount; i++, p += 3) length += view.getUint8(p + 1)
  }
  const definition: Definition = { mesgNum, littleEndian, length, fields, timestampAt }
  return { definition, next: p }
}

function isFitHeader(bytes: Uint8Array, at: number): boolean {
  const size = bytes[at]
  return (
    (size === 12 || size === 14) &&
    bytes[at + 8] === 0x2e && // .FIT
    bytes[at + 9] === 0x46 &&
    bytes[at + 10] === 0x49 &&
    bytes[at + 11] === 0x54
  )
}

/** Reads the wanted messages of a FIT file whose CRC was already checked. */
export function decodeFit(bytes: Uint8Array, wanted: FitWanted): FitMessages {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const byNumber = new Map<number, FitMessage[]>()
  const seen = new Set<number>()
  let start = 0
  while (start + 12 <= bytes.length && isFitHeader(bytes, start)) {
    const headerSize = view.getUint8(start)
    const dataEnd = start + headerSize + view.getUint32(start + 4, true)
    if (dataEnd > bytes.length) throw new CorruptFileError('the FIT file is cut short')
    const definitions = new Map<number, Definition>()
    let lastTimestamp = 0
    let at = start + headerSize
    while (at < dataEnd) {
      const header = view.getUint8(at++)
      const compressed = (header & 0x80) !== 0
      if (!compressed && (header & 0x40) !== 0) {
        const { definition, next } = define(view, at, (header & 0x20) !== 0, wanted)
        definitions.set(header & 0x0f, definition)
        at = next
        continue
      }
      const definition = definitions.get(compressed ? (header >> 5) & 0x03 : header & 0x0f)
      if (!definition)
        throw new CorruptFileError('the FIT data cannot be read (a message has no definition)')
      if (at + definition.length > dataEnd) throw new CorruptFileError('the FIT file is cut short')
      const le = definition.littleEndian
      if (definition.timestampAt >= 0) {
        lastTimestamp = view.getUint32(at + definition.timestampAt, le)
      } else if (compressed) {
        const offset = header & 0x1f
        const rolled = (lastTimestamp & ~0x1f) + offset
        lastTimestamp = offset >= (lastTimestamp & 0x1f) ? rolled : rolled + 0x20
      }
      seen.add(definition.mesgNum)
      if (definition.fields.length > 0 || (compressed && wanted.has(definition.mesgNum))) {
        const message: FitMessage = {}
        for (const field of definition.fields) {
          const value = readValue(view, at + field.offset, field, le)
          if (typeof value === 'string' || !Number.isNaN(value)) message[field.num] = value
        }
        if (compressed) message[TIMESTAMP] = lastTimestamp
        let list = byNumber.get(definition.mesgNum)
        if (!list) byNumber.set(definition.mesgNum, (list = []))
        list.push(message)
      }
      at += definition.length
    }
    start = dataEnd + 2
  }
  return { byNumber, seen }
}
