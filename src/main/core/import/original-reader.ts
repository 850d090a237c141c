import { inArray } from 'drizzle-orm'
import type { DbOrTx } from '../db/open-database'
import { activities } from '../db/schema'
import type { WorkerPool } from '../workers/worker-pool'
import { readOriginalIds, type StagedActivity } from './commit-import'
import { CorruptFileError } from './corrupt-file'
import { readFileDetail } from './files/file-detail'
import type { ImportStaging } from './import-staging'
import { originalKind, readStagedContent, stageOriginal } from './original-file'
import type { Entry, ZipArchive } from './zip-archive'
import { idChunks } from '../db/id-chunks'

interface LibraryState {
  streams: 'pending' | 'stored' | 'none'
  /** The sync would still ask Strava for the detail, and no file answered it yet. */
  detailUnanswered: boolean
}

function readLibraryStates(db: DbOrTx, ids: number[]): Map<number, LibraryState> {
  const states = new Map<number, LibraryState>()
  for (const chunk of idChunks(ids)) {
    const rows = db
      .select({
        id: activities.id,
        streams: activities.streamsState,
        detailPending: activities.detailPending,
        fileDetailJson: activities.fileDetailJson,
      })
      .from(activities)
      .where(inArray(activities.id, chunk))
      .all()
    for (const row of rows) {
      const answered = readFileDetail(row.fileDetailJson).laps !== undefined
      states.set(row.id, { streams: row.streams, detailUnanswered: row.detailPending && !answered })
    }
  }
  return states
}

/**
 * Reads the originals an import still needs (for streams not stored yet, a file not kept yet, or
 * a detail no file answered yet). Each is copied from the archive and unpacked here, in archive
 * order, so the archive's unpacking budget stops a ZIP bomb at the same file every time; parsing,
 * the costly part, runs in the worker pool while the next file is unpacked.
 */
export class OriginalReader {
  private readonly states
  private readonly kept

  constructor(
    db: DbOrTx,
    private readonly archive: ZipArchive,
    private readonly staging: ImportStaging,
    ids: number[],
    private readonly workers: WorkerPool,
  ) {
    this.states = readLibraryStates(db, ids)
    this.kept = readOriginalIds(db)
  }

  /**
   * Copies and unpacks one entry; resolves to the parsing still under way (null when the entry
   * is not needed). A damaged copy throws CorruptFileError here; a damaged file rejects the
   * parsing with it. (The parsing is wrapped: a promise resolved with a promise would wait.)
   */
  async read(
    entry: Entry,
    index: number,
    file: string,
    item: StagedActivity,
  ): Promise<{ parsing: Promise<void> } | null> {
    const state = this.states.get(item.id)
    const needsStreams = !item.streams && (state === undefined || state.streams === 'pending')
    const needsFile = !item.original && !this.kept.has(item.id)
    const needsDetail = !item.detail && state?.detailUnanswered === true
    if (!needsStreams && !needsFile && !needsDetail) return null
    const kind = originalKind(file)
    if (!kind) return null
    const path = this.staging.originalPath(index, kind)
    const copy = await stageOriginal(await this.archive.openEntry(entry), path, entry.crc32)
    // Parsed even when only the file is kept: a file that cannot be read is not kept either.
    const content = await readStagedContent(
      path,
      kind.gzipped,
      this.archive.meterUnpacked(entry.fileName),
    )
    const parsing = this.workers
      .run('readExportOriginal', { bytes: content, format: kind.format })
      .then(async (reading) => {
        if (reading.kind === 'corrupt') throw new CorruptFileError(reading.detail)
        const { streams } = reading
        if (needsStreams && streams) {
          const data = streams.data as Uint8Array
          item.streams = await this.staging.writeEncodedStreams(item.id, {
            ...streams,
            data: Buffer.from(data.buffer, data.byteOffset, data.byteLength),
          })
        }
        item.detail = reading.detail
        item.summaryPolyline = reading.summaryPolyline
        item.local = reading.local
        if (needsFile) item.original = { ...copy, file: path, kind, archivePath: entry.fileName }
      })
    return { parsing }
  }
}
