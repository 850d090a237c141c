/**
 * A small PMTiles (version 3) base map for tests, written here: the pmtiles library only reads.
 * Raster PNG tiles covering a box at zooms 0..maxZoom, painted as a plain map (land, a lake, a
 * street grid) so screenshots show a base map under the routes. Directory and tiles are stored
 * uncompressed; the root directory holds every entry (a few hundred tiles fit in it).
 */
import { writeFileSync } from 'node:fs'
import { zxyToTileId } from 'pmtiles'
import { encodeIndexedPng } from '../../src/main/core/maps/png-encode'
import { mercatorX, mercatorY, tileIndex } from '../../src/main/core/maps/tile-math'

export interface FixtureBox {
  west: number
  south: number
  east: number
  north: number
}

const PALETTE = Uint8Array.from([
  236,
  233,
  224,
  255, // land
  170,
  205,
  230,
  255, // water
  255,
  255,
  255,
  255, // street
  205,
  224,
  196,
  255, // park
  190,
  186,
  176,
  255, // tile edge (faint)
])

/** One 256 × 256 tile: streets every 32 px of the world at this zoom, a lake and a park. */
function paintTile(z: number, x: number, y: number): Uint8Array {
  const pixels = new Uint8Array(256 * 256)
  const spacing = Math.max(8, 2 ** Math.min(z, 16) / 256)
  for (let row = 0; row < 256; row++) {
    for (let col = 0; col < 256; col++) {
      const wx = x * 256 + col
      const wy = y * 256 + row
      const cell = Math.floor(wx / 96) * 31 + Math.floor(wy / 96) * 17
      let colour = cell % 11 === 0 ? 1 : cell % 7 === 0 ? 3 : 0
      if (z >= 11 && (wx % 48 < Math.max(1, spacing / 8) || wy % 48 < Math.max(1, spacing / 8))) {
        colour = 2
      }
      pixels[row * 256 + col] = colour
    }
  }
  return encodeIndexedPng(256, 256, pixels, PALETTE, 6)
}

function varint(out: number[], value: number): void {
  let v = value
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80)
    v = Math.floor(v / 128)
  }
  out.push(v)
}

interface Entry {
  tileId: number
  offset: number
  length: number
}

function directory(entries: Entry[]): Uint8Array {
  const out: number[] = []
  varint(out, entries.length)
  let last = 0
  for (const e of entries) {
    varint(out, e.tileId - last)
    last = e.tileId
  }
  for (let i = 0; i < entries.length; i++) varint(out, 1)
  for (const e of entries) varint(out, e.length)
  entries.forEach((e, i) => {
    const previous = entries[i - 1]
    varint(out, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1)
  })
  return Uint8Array.from(out)
}

/** Writes the archive to `file`; returns how many tiles it holds. */
export function writeRasterPmtiles(file: string, box: FixtureBox, maxZoom: number): number {
  const tiles: { id: number; data: Uint8Array }[] = []
  for (let z = 0; z <= maxZoom; z++) {
    const x0 = tileIndex(mercatorX(box.west), z)
    const x1 = tileIndex(mercatorX(box.east), z)
    const y0 = tileIndex(mercatorY(box.north), z)
    const y1 = tileIndex(mercatorY(box.south), z)
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++)
        tiles.push({ id: zxyToTileId(z, x, y), data: paintTile(z, x, y) })
    }
  }
  tiles.sort((a, b) => a.id - b.id)
  const entries: Entry[] = []
  let offset = 0
  for (const t of tiles) {
    entries.push({ tileId: t.id, offset, length: t.data.length })
    offset += t.data.length
  }
  const root = directory(entries)
  const metadata = new TextEncoder().encode('{"name":"Trailkeep test map"}')
  const header = Buffer.alloc(127)
  header.write('PMTiles', 0, 'latin1')
  header[7] = 3
  const rootOffset = 127
  const metadataOffset = rootOffset + root.length
  const dataOffset = metadataOffset + metadata.length
  const u64 = (at: number, value: number) => header.writeBigUInt64LE(BigInt(value), at)
  u64(8, rootOffset)
  u64(16, root.length)
  u64(24, metadataOffset)
  u64(32, metadata.length)
  u64(40, 0)
  u64(48, 0)
  u64(56, dataOffset)
  u64(64, offset)
  u64(72, tiles.length)
  u64(80, tiles.length)
  u64(88, tiles.length)
  header[96] = 1 // clustered
  header[97] = 1 // internal compression: none
  header[98] = 1 // tile compression: none
  header[99] = 2 // png
  header[100] = 0
  header[101] = maxZoom
  const e7 = (v: number) => Math.round(v * 1e7)
  header.writeInt32LE(e7(box.west), 102)
  header.writeInt32LE(e7(box.south), 106)
  header.writeInt32LE(e7(box.east), 110)
  header.writeInt32LE(e7(box.north), 114)
  header[118] = Math.min(maxZoom, 12)
  header.writeInt32LE(e7((box.west + box.east) / 2), 119)
  header.writeInt32LE(e7((box.south + box.north) / 2), 123)
  writeFileSync(file, Buffer.concat([header, root, metadata, ...tiles.map((t) => t.data)]))
  return tiles.length
}
