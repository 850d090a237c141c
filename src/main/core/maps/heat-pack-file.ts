/**
 * A heatmap pack kept on disk beside the library, so opening the heatmap reads one file straight
 * into the shared arrays instead of reading and decoding 50,000 stored tracks (the whole first
 * second of a cold heatmap). It is a cache: named by the map data version it was packed from, and
 * a file of another version, format or byte order, or one that does not add up, is ignored and
 * deleted. It holds tracks, so it goes with the library: deleting the library or purging
 * activities deletes it (removeHeatPacks).
 */
import { open, rename, rm } from 'node:fs/promises'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { FileHandle } from 'node:fs/promises'
import { HEAT_TRACK_FORMAT } from './heat-track-codec'
import { packIsConsistent, PACK_META_WORDS, sharedInt32, type HeatPack } from './heat-pack'

const MAGIC = 0x50484b54 // "TKHP" read as a little-endian word
const FILE_FORMAT = 1
/** Written in this machine's byte order: a file from a machine of the other order reads wrong. */
const BYTE_ORDER = 0x01020304
/** magic, format, byte order, track format, count, coords, boxes, version bytes. */
const HEADER_WORDS = 8
const HEADER_BYTES = 4 * HEADER_WORDS

/** What a pack file gives back: the pack and the activity id of each of its tracks. */
export interface StoredPack {
  pack: HeatPack
  ids: number[]
}

/** The folder of a library's heatmap packs. */
export const heatPackFolder = (dataDir: string): string => join(dataDir, 'heatmap')

/** Deletes every heatmap pack of the library (it is deleted, or tracks left it). */
export function removeHeatPacks(dataDir: string): void {
  rmSync(heatPackFolder(dataDir), { recursive: true, force: true })
}

/**
 * Bytes read or written at a time. A pack loads while tiles are drawn, and one 100 MB read kept
 * a core busy long enough to make a tile wait (a sparse tile took 58 ms instead of 11).
 */
const CHUNK = 4 * 1024 * 1024

const padded = (bytes: number) => Math.ceil(bytes / 8) * 8

const bytesOf = (array: Int32Array | Float64Array) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength)

let writes = 0

/** Writes all of `bytes` at `position`, a chunk at a time (a write may take fewer bytes). */
async function writeAll(file: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const length = Math.min(CHUNK, bytes.length - done)
    const { bytesWritten } = await file.write(bytes, done, length, position + done)
    if (bytesWritten === 0) throw new Error('the disk took no more bytes')
    done += bytesWritten
  }
}

/** Writes the pack (atomically: a reader finds the old file or the whole new one). */
export async function writeHeatPack(path: string, stored: StoredPack): Promise<void> {
  const { pack } = stored
  const version = Buffer.from(pack.version, 'utf8')
  const header = new Uint32Array(HEADER_WORDS + padded(version.length) / 4)
  header.set([
    MAGIC,
    FILE_FORMAT,
    BYTE_ORDER,
    HEAT_TRACK_FORMAT,
    pack.count,
    pack.coords.length,
    pack.boxes.length,
    version.length,
  ])
  new Uint8Array(header.buffer).set(version, HEADER_BYTES)
  const sections = [
    new Uint8Array(header.buffer),
    bytesOf(Float64Array.from(stored.ids)),
    bytesOf(pack.meta.subarray(0, pack.count * PACK_META_WORDS)),
    bytesOf(pack.coords),
    bytesOf(pack.boxes),
  ]
  mkdirSync(join(path, '..'), { recursive: true })
  // Its own name: two writes of the same pack may overlap, and the last rename wins whole.
  const partial = `${path}.${process.pid}-${++writes}.partial`
  try {
    const file = await open(partial, 'w')
    try {
      let position = 0
      for (const section of sections) {
        await writeAll(file, section, position)
        position += section.length
      }
    } finally {
      await file.close()
    }
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/** Fills `target` from the file at `position`, a chunk at a time; false when the file ends first. */
async function readInto(file: FileHandle, target: Uint8Array, position: number): Promise<boolean> {
  let done = 0
  while (done < target.length) {
    const length = Math.min(CHUNK, target.length - done)
    const { bytesRead } = await file.read(target, done, length, position + done)
    if (bytesRead === 0) return false
    done += bytesRead
  }
  return true
}

/**
 * The pack stored at `path` when it was packed as `version` and adds up; null otherwise, and a
 * file that does not serve is deleted.
 */
export async function readHeatPack(path: string, version: string): Promise<StoredPack | null> {
  const file = await open(path, 'r').catch(() => null)
  if (!file) return null
  const stored = await readOpened(file, version).finally(() => file.close())
  if (!stored) await rm(path, { force: true })
  return stored
}

/** Where a pack file's parts are, from its header. */
interface PackLayout {
  version: string
  count: number
  coordsLength: number
  boxesLength: number
  idsAt: number
  metaAt: number
  coordsAt: number
  boxesAt: number
}

/** Longer than any version this code writes: a header claiming more is not one of ours. */
const MAX_VERSION_BYTES = 1024

/** The layout of a pack file of this format and byte order whose sizes add up; else null. */
async function readLayout(file: FileHandle): Promise<PackLayout | null> {
  const size = (await file.stat()).size
  const header = new Uint32Array(HEADER_WORDS)
  if (!(await readInto(file, new Uint8Array(header.buffer), 0))) return null
  const word = (i: number) => header[i] as number
  const expected = [MAGIC, FILE_FORMAT, BYTE_ORDER, HEAT_TRACK_FORMAT]
  if (expected.some((value, i) => word(i) !== value)) return null
  const [count, coordsLength, boxesLength, versionLength] = [word(4), word(5), word(6), word(7)]
  if (versionLength > MAX_VERSION_BYTES) return null
  const idsAt = HEADER_BYTES + padded(versionLength)
  const metaAt = idsAt + 8 * count
  const coordsAt = metaAt + 4 * PACK_META_WORDS * count
  const boxesAt = coordsAt + 4 * coordsLength
  // The sizes must add up to the file before any of them sizes an array.
  if (boxesAt + 4 * boxesLength !== size) return null
  const version = Buffer.alloc(versionLength)
  if (!(await readInto(file, version, HEADER_BYTES))) return null
  return {
    version: version.toString('utf8'),
    count,
    coordsLength,
    boxesLength,
    idsAt,
    metaAt,
    coordsAt,
    boxesAt,
  }
}

/** The version of the pack stored at `path`, or null when there is none that reads. */
export async function storedPackVersion(path: string): Promise<string | null> {
  const file = await open(path, 'r').catch(() => null)
  if (!file) return null
  try {
    return (await readLayout(file))?.version ?? null
  } finally {
    await file.close()
  }
}

async function readOpened(file: FileHandle, version: string): Promise<StoredPack | null> {
  const layout = await readLayout(file)
  if (layout?.version !== version) return null
  const { count } = layout
  const ids = new Float64Array(count)
  const pack: HeatPack = {
    version,
    count,
    meta: sharedInt32(PACK_META_WORDS * count),
    coords: sharedInt32(layout.coordsLength),
    boxes: sharedInt32(layout.boxesLength),
  }
  // One section after another: reads side by side would take every core from the tiles.
  const sections: [Uint8Array, number][] = [
    [bytesOf(ids), layout.idsAt],
    [bytesOf(pack.meta).subarray(0, 4 * PACK_META_WORDS * count), layout.metaAt],
    [bytesOf(pack.coords).subarray(0, 4 * layout.coordsLength), layout.coordsAt],
    [bytesOf(pack.boxes).subarray(0, 4 * layout.boxesLength), layout.boxesAt],
  ]
  for (const [target, position] of sections) {
    if (!(await readInto(file, target, position))) return null
  }
  if (!packIsConsistent(pack)) return null
  return { pack, ids: Array.from(ids) }
}
