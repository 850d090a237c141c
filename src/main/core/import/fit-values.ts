/** Values of FIT base types as the decoder reads them; an invalid value reads as NaN. */

/** Byte size of each base type, by its low five bits. */
export const BASE_TYPE_SIZES = [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8]

/** Where one wanted field sits in a data message. */
export interface FieldPlan {
  num: number
  offset: number
  size: number
  base: number
}

/** One field's value: a number (NaN when invalid) or text for a string field. */
export function readValue(
  view: DataView,
  at: number,
  field: FieldPlan,
  le: boolean,
): number | string {
  const base = field.base & 0x1f
  switch (base) {
    case 0: // enum
    case 2: {
      const v = view.getUint8(at)
      return v === 0xff ? NaN : v
    }
    case 13:
      return readBytes(view, at, field.size)
    case 1: {
      const v = view.getInt8(at)
      return v === 0x7f ? NaN : v
    }
    case 3: {
      const v = view.getInt16(at, le)
      return v === 0x7fff ? NaN : v
    }
    case 4: {
      const v = view.getUint16(at, le)
      return v === 0xffff ? NaN : v
    }
    case 5: {
      const v = view.getInt32(at, le)
      return v === 0x7fffffff ? NaN : v
    }
    case 6: {
      const v = view.getUint32(at, le)
      return v === 0xffffffff ? NaN : v
    }
    case 7:
      return readString(view, at, field.size)
    case 8:
      return view.getFloat32(at, le)
    case 9:
      return view.getFloat64(at, le)
    case 10:
      return view.getUint8(at) || NaN
    case 11:
      return view.getUint16(at, le) || NaN
    case 12:
      return view.getUint32(at, le) || NaN
    default:
      return NaN // 64-bit integers: no field the import reads has one
  }
}

/** A byte array of up to four bytes as one little-endian number (packed components). */
function readBytes(view: DataView, at: number, size: number): number {
  let value = 0
  let invalid = true
  for (let i = Math.min(size, 4) - 1; i >= 0; i--) {
    const byte = view.getUint8(at + i)
    if (byte !== 0xff) invalid = false
    value = value * 256 + byte
  }
  return invalid ? NaN : value
}

const utf8 = new TextDecoder('utf-8')

function readString(view: DataView, at: number, size: number): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset + at, size)
  const end = bytes.indexOf(0)
  return utf8.decode(end === -1 ? bytes : bytes.subarray(0, end))
}
