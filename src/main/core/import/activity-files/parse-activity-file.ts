/**
 * The entry point for one device file: bytes in, activities (or the reason there are none) out.
 * A pure function of its arguments that returns plain data, so it can run in a worker thread:
 * `parseActivityFile(bytes, 'fit', { now })` there, the result posted back as it is.
 */
import { gunzipSync } from 'node:zlib'
import { CorruptFileError } from '../corrupt-file'
import { readFitFile } from '../fit-file'
import { readGpx } from '../gpx-reader'
import { readTcx } from '../tcx-reader'
import { buildActivity } from './build-activity'
import type { FileDrafts } from './file-drafts'
import { fitDrafts } from './fit-activities'
import { gpxDrafts } from './gpx-activities'
import type { ActivityFileFormat, ParsedFile, RecordedActivity } from './recorded-activity'
import type { TrackPoint } from '../track-points'
import { tcxDrafts } from './tcx-activities'

export interface ParseOptions {
  /** Epoch milliseconds: a file starting more than a day after this is skipped. */
  now: number
}

/** Largest file read (uncompressed); a day-long FIT file is about 10 MB. */
export const MAX_BYTES = 256 * 1024 * 1024

/**
 * A file's bytes, or its bytes in chunks as they are read from disk (a plain GPX or TCX, never
 * held whole; a FIT file is joined first, as Garmin's SDK reads one buffer).
 */
export type FileContent = Uint8Array | Iterable<Uint8Array>

function joined(content: FileContent): Uint8Array {
  return content instanceof Uint8Array ? content : Buffer.concat([...content])
}

/** A file read once: every sample in file order, and the activities it holds as drafts. */
export interface FileReading {
  points: TrackPoint[]
  drafts: FileDrafts
}

/** Reads a file's content (not gzipped); a file that cannot be read throws CorruptFileError. */
export function readActivityFile(content: FileContent, format: ActivityFileFormat): FileReading {
  switch (format) {
    case 'fit': {
      const file = readFitFile(joined(content))
      return { points: file.points, drafts: fitDrafts(file) }
    }
    case 'gpx': {
      const doc = readGpx(content)
      return { points: doc.points, drafts: gpxDrafts(doc) }
    }
    case 'tcx': {
      const doc = readTcx(content)
      return { points: doc.points, drafts: tcxDrafts(doc) }
    }
  }
}

const fileDrafts = (content: FileContent, format: ActivityFileFormat) =>
  readActivityFile(content, format).drafts

export function unzipped(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BYTES })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new CorruptFileError('it is too large to read')
    throw new CorruptFileError('it is not valid gzip data')
  }
}

/**
 * Reads a `.fit`, `.gpx` or `.tcx` file (gzipped or not: bytes; plain: bytes or chunks) into the
 * activities it records. A file that holds none, or cannot be read, is `skipped` with one
 * sentence saying why.
 */
export function parseActivityFile(
  bytes: FileContent,
  format: ActivityFileFormat,
  options: ParseOptions,
): ParsedFile {
  let found: FileDrafts
  try {
    if (bytes instanceof Uint8Array) {
      const content = unzipped(bytes)
      if (content.length === 0) return { kind: 'skipped', reason: 'the file is empty' }
      if (content.length > MAX_BYTES) return { kind: 'skipped', reason: 'it is too large to read' }
      found = fileDrafts(content, format)
    } else {
      found = fileDrafts(bytes, format)
    }
  } catch (error) {
    if (error instanceof CorruptFileError) return { kind: 'skipped', reason: error.detail }
    throw error
  }
  if (found.kind === 'skipped') return found
  const activities: RecordedActivity[] = []
  const warnings = [...found.warnings]
  const reasons: string[] = []
  for (const { label, draft } of found.drafts) {
    const built = buildActivity(draft, options.now)
    if (built.kind === 'activity') {
      activities.push(built.activity)
      warnings.push(...built.warnings.map((w) => (found.drafts.length > 1 ? `${label}: ${w}` : w)))
    } else {
      reasons.push(found.drafts.length > 1 ? `${label}: ${built.reason}` : built.reason)
    }
  }
  if (activities.length === 0) {
    return {
      kind: 'skipped',
      reason:
        reasons.length === 1
          ? (reasons[0] as string)
          : `none of its parts is usable (${reasons.join('; ')})`,
    }
  }
  return {
    kind: 'activity',
    activities,
    warnings: [...warnings, ...reasons.map((r) => `left out ${r}`)],
  }
}
