/** A small PNG reader for the tests: palette (type 3) and RGBA (type 6) 8-bit images, unfiltered
 * or filtered, with its own CRC so the encoder's checksums are checked independently. */
import { inflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export interface DecodedPng {
  width: number
  height: number
  /** RGBA, row-major. */
  rgba: Uint8Array
  chunks: string[]
}

export function decodePng(png: Uint8Array): DecodedPng {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG signature')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks: string[] = []
  const idat: Uint8Array[] = []
  let [width, height, colourType] = [0, 0, 0]
  let palette: Uint8Array = new Uint8Array(0)
  let alpha: Uint8Array = new Uint8Array(0)
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const data = png.subarray(at + 8, at + 8 + length)
    if (crc(png.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) {
      throw new Error(`bad CRC in ${type}`)
    }
    chunks.push(type)
    if (type === 'IHDR') {
      width = view.getUint32(at + 8)
      height = view.getUint32(at + 12)
      if (data[8] !== 8) throw new Error('only 8-bit images')
      colourType = data[9] ?? 0
    } else if (type === 'PLTE') palette = data
    else if (type === 'tRNS') alpha = data
    else if (type === 'IDAT') idat.push(data)
    at += 12 + length
  }
  const channels = colourType === 3 ? 1 : 4
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  if (raw.length !== (stride + 1) * height) throw new Error('wrong image data length')
  const rgba = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) throw new Error('only unfiltered rows are read here')
    for (let x = 0; x < width; x++) {
      const source = y * (stride + 1) + 1 + x * channels
      const target = (y * width + x) * 4
      if (channels === 4) {
        rgba.set(raw.subarray(source, source + 4), target)
      } else {
        const index = raw[source] ?? 0
        rgba.set(palette.subarray(index * 3, index * 3 + 3), target)
        rgba[target + 3] = index < alpha.length ? (alpha[index] ?? 255) : 255
      }
    }
  }
  return { width, height, rgba, chunks }
}
