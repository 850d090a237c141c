/**
 * Unsigned LEB128 varints and zigzag signs, for the compact forms Trailkeep stores: deltas of a
 * few metres take one to three bytes instead of eight.
 */

/** A signed integer as an unsigned one: 0, −1, 1, −2, … become 0, 1, 2, 3, … */
export const zigzag = (value: number): number => (value >= 0 ? 2 * value : -2 * value - 1)

/** The inverse of zigzag. */
export const unzigzag = (value: number): number => (value % 2 === 0 ? value / 2 : -(value + 1) / 2)

/** Writes `value` (0 ≤ value < 2^32) as a varint at `at`; returns the next position. */
export function writeVarint(out: Uint8Array, at: number, value: number): number {
  let rest = value >>> 0
  while (rest >= 0x80) {
    out[at++] = (rest & 0x7f) | 0x80
    rest >>>= 7
  }
  out[at++] = rest
  return at
}

/** Where the last readVarint stopped: a module variable instead of an object per value. */
let end = 0

/** The position after the varint readVarint read last. */
export function varintEnd(): number {
  return end
}

/**
 * The varint at `at` (0 ≤ value < 2^35), or −1 when it runs past the bytes or past five bytes.
 * Small values are read with shifts; only a fifth byte needs a multiplication (beyond 31 bits).
 */
export function readVarint(bytes: Uint8Array, at: number): number {
  let byte = bytes[at++] ?? -1
  end = at
  if (byte < 0x80) return byte
  let value = byte & 0x7f
  for (let shift = 7; shift <= 21; shift += 7) {
    byte = bytes[at++] ?? -1
    if (byte < 0) return -1
    value |= (byte & 0x7f) << shift
    if (byte < 0x80) {
      end = at
      return value
    }
  }
  byte = bytes[at++] ?? -1
  if (byte < 0 || byte >= 0x80) return -1
  end = at
  return (value >>> 0) + byte * 2 ** 28
}
