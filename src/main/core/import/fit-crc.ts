/**
 * The FIT file checks: a 12- or 14-byte header ending in ".FIT", the header's own CRC when it
 * has one, and the CRC-16 after the data (the FIT protocol's nibble-table CRC). Cut-short and
 * damaged files fail here, before any message is read.
 */
import { CorruptFileError } from './corrupt-file'

const TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401,
  0x5000, 0x9c01, 0x8801, 0x4400,
]

/** The FIT CRC-16 of `bytes[start..end)`. */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0
  for (let i = start; i < end; i++) {
    const byte = bytes[i] as number
    let tmp = TABLE[crc & 0xf] as number
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (TABLE[byte & 0xf] as number)
    tmp = TABLE[crc & 0xf] as number
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (TABLE[(byte >> 4) & 0xf] as number)
  }
  return crc
}

/** Throws CorruptFileError unless `bytes` starts with a whole, undamaged FIT file. */
export function checkFitIntegrity(bytes: Uint8Array): void {
  const size = bytes[0]
  const signature = String.fromCharCode(...bytes.subarray(8, 12))
  if ((size !== 12 && size !== 14) || bytes.length < size || signature !== '.FIT') {
    throw new CorruptFileError('not a FIT file')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = size + view.getUint32(4, true)
  const headerCrc = size === 14 ? view.getUint16(12, true) : 0
  const damaged =
    end + 2 > bytes.length ||
    (headerCrc !== 0 && headerCrc !== fitCrc(bytes, 0, 12)) ||
    view.getUint16(end, true) !== fitCrc(bytes, 0, end)
  if (damaged) throw new CorruptFileError('the FIT checksum does not match')
}
