/**
 * How much one import may unpack, counted in bytes actually inflated (ZIP deflate, and again for
 * a .gz inside the archive), never in the sizes an archive declares: those are the attacker's.
 * A ZIP bomb is stopped at the first chunk past a cap, before that chunk is staged or kept.
 */
import { Transform } from 'node:stream'
import { AppError } from '../errors'

export interface ImportLimits {
  /** Largest single file, unpacked; also what one file may take in memory while it is parsed. */
  entryBytes: number
  /** Everything unpacked from one archive together. */
  totalBytes: number
}

const MiB = 1024 * 1024
/** A day-long FIT file is about 10 MB, a day-long GPX about 30 MB. */
export const MAX_ENTRY_BYTES = 256 * MiB
/**
 * Strava's export keeps most files gzipped (they barely shrink again in the ZIP) and a plain GPX
 * or TCX deflates about tenfold, so a real export unpacks to a small multiple of its size.
 */
const UNPACK_RATIO = 32
const UNPACK_ALLOWANCE = 64 * MiB

export function importLimitsFor(archiveBytes: number): ImportLimits {
  return { entryBytes: MAX_ENTRY_BYTES, totalBytes: archiveBytes * UNPACK_RATIO + UNPACK_ALLOWANCE }
}

const inMiB = (bytes: number) => `${Math.ceil(bytes / MiB)} MB`

export class InflateBudget {
  private total = 0

  constructor(
    private readonly limits: ImportLimits,
    /** The archive as the user named it, for messages. */
    private readonly archive: string,
  ) {}

  /**
   * A pass-through that counts one entry's unpacked bytes (`declaredBytes`: what its ZIP header
   * promised, when the bytes come straight from the ZIP) and fails the stream past a limit.
   */
  meter(entry: string, declaredBytes?: number): Transform {
    let bytes = 0
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        bytes += chunk.length
        this.total += chunk.length
        const refusal = this.refusal(entry, bytes, declaredBytes)
        if (refusal) done(refusal)
        else done(null, chunk)
      },
    })
  }

  private refusal(entry: string, bytes: number, declaredBytes?: number): AppError | null {
    if (declaredBytes !== undefined && bytes > declaredBytes) {
      return new AppError(
        'ARCHIVE_INVALID',
        `${entry} in ${this.archive} unpacks to more than its header declares; the archive is damaged or was tampered with, so nothing was imported.`,
      )
    }
    if (bytes > this.limits.entryBytes) {
      return new AppError(
        'ARCHIVE_TOO_LARGE',
        `${entry} in ${this.archive} unpacks to more than ${inMiB(this.limits.entryBytes)}, too large for one activity file, so nothing was imported.`,
      )
    }
    if (this.total > this.limits.totalBytes) {
      return new AppError(
        'ARCHIVE_TOO_LARGE',
        `${this.archive} unpacks to more than ${inMiB(this.limits.totalBytes)} (stopped at ${entry}), far more than a Strava export of its size, so nothing was imported.`,
      )
    }
    return null
  }
}
