/**
 * One original file from the archive: copied byte for byte to a staging file while its CRC and
 * SHA-256 are computed, then read back (gunzipped when needed) for parsing.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { PassThrough, Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, crc32 } from 'node:zlib'
import { AppError } from '../errors'
import { CorruptFileError } from './corrupt-file'

export type OriginalFormat = 'fit' | 'gpx' | 'tcx'

export interface OriginalKind {
  format: OriginalFormat
  gzipped: boolean
  /** `fit`, `fit.gz`, ... */
  extension: string
}

export function originalKind(path: string): OriginalKind | null {
  const match = /\.(fit|gpx|tcx)(\.gz)?$/i.exec(path)
  if (!match) return null
  const format = (match[1] as string).toLowerCase() as OriginalFormat
  const gzipped = match[2] !== undefined
  return { format, gzipped, extension: gzipped ? `${format}.gz` : format }
}

export interface StagedOriginal {
  byteSize: number
  sha256: string
}

/** Copies an entry to `target`; a CRC that does not match the archive's is a corrupt file. */
export async function stageOriginal(
  input: Readable,
  target: string,
  expectedCrc: number,
): Promise<StagedOriginal> {
  const hash = createHash('sha256')
  let crc = 0
  let byteSize = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      crc = crc32(chunk, crc)
      byteSize += chunk.length
      done(null, chunk)
    },
  })
  try {
    await pipeline(input, tap, createWriteStream(target, { flags: 'wx' }))
  } catch (error) {
    // Disk problems are not the file's fault, and a refused archive is not one bad file: both
    // stop the import.
    if (error instanceof AppError) throw error
    if (/^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code ?? '')) throw error
    throw new CorruptFileError('its compressed data is damaged')
  }
  if (crc >>> 0 !== expectedCrc >>> 0) throw new CorruptFileError('its checksum does not match')
  return { byteSize, sha256: hash.digest('hex') }
}

/**
 * The file's content, gunzipped when it is a `.gz`, streamed into one buffer for parsing. What
 * the gunzip unpacks passes `meter`, so a gzip bomb inside the archive is stopped like a ZIP one.
 */
export async function readStagedContent(
  path: string,
  gzipped: boolean,
  meter: Transform = new PassThrough(),
): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      size += chunk.length
      chunks.push(chunk)
    }
  }
  try {
    await (gzipped
      ? pipeline(createReadStream(path), createGunzip(), meter, collect)
      : collect(createReadStream(path)))
  } catch (error) {
    if (error instanceof AppError || error instanceof CorruptFileError) throw error
    if (/^Z_/.test((error as NodeJS.ErrnoException).code ?? '')) {
      throw new CorruptFileError('it is not valid gzip data')
    }
    throw error
  }
  return Buffer.concat(chunks, size)
}
