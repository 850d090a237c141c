/**
 * A file's identity for "skip unchanged files without parsing them": its size and the SHA-256
 * of its bytes (as stored, gzipped or not). Large files are hashed as a stream.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

export interface ContentKey {
  size: number
  /** Lower-case hex. */
  sha256: string
}

/** The key of bytes already in memory. */
export function contentKeyOf(bytes: Uint8Array): ContentKey {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** The key of a file on disk, read in chunks (memory stays small for any size). */
export async function contentKeyOfFile(path: string): Promise<ContentKey> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { size, sha256: hash.digest('hex') }
}
