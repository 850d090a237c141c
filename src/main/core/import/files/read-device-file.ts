/**
 * The worker task of a file import: one device file read from disk once, hashed while it is read
 * (its content key, content-hash.ts) and parsed (parse-activity-file.ts), its activities prepared
 * for storing (prepare-activity.ts). A plain GPX or TCX is parsed from chunks as they are read,
 * so a 100 MB track is never held whole.
 */
import { createHash, type Hash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import type { ContentKey } from '../activity-files/content-hash'
import { MAX_BYTES, parseActivityFile } from '../activity-files/parse-activity-file'
import type { ActivityFileFormat, ParsedFile } from '../activity-files/recorded-activity'
import { prepareActivity, type PreparedActivity } from './prepare-activity'

const CHUNK = 1 << 20

export interface DeviceFileInput {
  path: string
  format: ActivityFileFormat
  gzipped: boolean
  /** Epoch milliseconds: a file starting more than a day later is skipped. */
  now: number
}

export type DeviceFileReading = {
  key: ContentKey
} & (
  | { kind: 'activities'; activities: PreparedActivity[]; warnings: string[] }
  | { kind: 'skipped'; reason: string }
)

/** Reads a file in chunks, hashing every byte, and can finish reading what a parser left. */
class HashingReader {
  readonly hash: Hash = createHash('sha256')
  size = 0
  private readonly fd: number
  private done = false

  constructor(path: string) {
    this.fd = openSync(path, 'r')
  }

  private next(): Uint8Array | null {
    if (this.done) return null
    const buffer = Buffer.allocUnsafe(CHUNK)
    const read = readSync(this.fd, buffer, 0, CHUNK, null)
    if (read === 0) {
      this.done = true
      return null
    }
    const chunk = buffer.subarray(0, read)
    this.hash.update(chunk)
    this.size += read
    return chunk
  }

  *chunks(): Generator<Uint8Array> {
    for (let chunk = this.next(); chunk; chunk = this.next()) yield chunk
  }

  whole(): Uint8Array {
    return Buffer.concat([...this.chunks()])
  }

  /** Reads to the end (the key covers every byte) and closes the file. */
  finish(): ContentKey {
    while (this.next());
    closeSync(this.fd)
    return { size: this.size, sha256: this.hash.digest('hex') }
  }
}

/** The content key of a file, read in chunks. */
export function fileContentKey(path: string): ContentKey {
  return new HashingReader(path).finish()
}

export function readDeviceFile(input: DeviceFileInput): DeviceFileReading {
  const reader = new HashingReader(input.path)
  let parsed: ParsedFile
  let key: ContentKey
  try {
    const streamed = input.format !== 'fit' && !input.gzipped
    parsed = parseActivityFile(streamed ? reader.chunks() : reader.whole(), input.format, {
      now: input.now,
    })
  } finally {
    // A parser that stopped early (a damaged file) left bytes unread: the key still covers them.
    key = reader.finish()
  }
  if (key.size === 0) return { key, kind: 'skipped', reason: 'the file is empty' }
  if (parsed.kind === 'skipped') return { key, kind: 'skipped', reason: parsed.reason }
  return {
    key,
    kind: 'activities',
    activities: parsed.activities.map(prepareActivity),
    warnings: parsed.warnings,
  }
}

export { MAX_BYTES as MAX_DEVICE_FILE_BYTES }
