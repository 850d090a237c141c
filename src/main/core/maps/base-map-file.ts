/**
 * The user's PMTiles base map (protomaps.com/docs/pmtiles, version 3): its header says what the
 * page needs to draw it, and the page reads the rest through byte ranges, as the pmtiles library
 * reads any archive. The file is opened only where the user chose it, and never written.
 */
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { BaseMapDto } from '../../../shared/maps-dto'
import { AppError } from '../errors'

const HEADER_BYTES = 127
/** No single read larger than this: directories and tiles are far smaller. */
export const MAX_RANGE_BYTES = 16 * 1024 * 1024

const TILE_TYPES: Record<number, { tileType: string; kind: BaseMapDto['kind'] } | undefined> = {
  1: { tileType: 'mvt', kind: 'vector' },
  2: { tileType: 'png', kind: 'raster' },
  3: { tileType: 'jpg', kind: 'raster' },
  4: { tileType: 'webp', kind: 'raster' },
}

function notBaseMap(path: string, why: string): AppError {
  return new AppError(
    'BASE_MAP_INVALID',
    `${basename(path)} is not a base map Trailkeep can show: ${why}.`,
  )
}

/** Reads and checks the header of a PMTiles file. */
export async function readBaseMapInfo(path: string): Promise<BaseMapDto> {
  const header = await readRange(path, 0, HEADER_BYTES).catch((error: unknown) => {
    throw new AppError('FILE_ACCESS', `Could not read ${basename(path)}.`, { cause: error })
  })
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, 7) !== 'PMTiles') {
    throw notBaseMap(path, 'it is not a PMTiles file')
  }
  if (header[7] !== 3)
    throw notBaseMap(path, `PMTiles version ${header[7]} is not supported (3 is)`)
  const type = TILE_TYPES[header[99] ?? 0]
  if (!type) throw notBaseMap(path, 'its tiles are of a kind maps cannot draw')
  const e7 = (at: number) => header.readInt32LE(at) / 1e7
  const stat = await open(path, 'r').then(async (file) => {
    try {
      return await file.stat()
    } finally {
      await file.close()
    }
  })
  return {
    name: basename(path),
    ...type,
    minZoom: header[100] ?? 0,
    maxZoom: header[101] ?? 14,
    bounds: [e7(102), e7(106), e7(110), e7(114)],
    key: `${stat.size}-${Math.round(stat.mtimeMs)}`,
  }
}

/** `length` bytes of the file from `offset` (fewer at its end). */
export async function readRange(path: string, offset: number, length: number): Promise<Buffer> {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new AppError('INVALID_INPUT', 'That byte range cannot be read.')
  }
  if (length > MAX_RANGE_BYTES) throw new AppError('INVALID_INPUT', 'That byte range is too long.')
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await file.read(buffer, 0, length, offset)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}
