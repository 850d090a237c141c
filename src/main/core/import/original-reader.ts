import type { DbOrTx } from '../db/open-database'
import { readOriginalIds, readStreamsStates, type StagedActivity } from './commit-import'
import { readFitTrack } from './fit-track'
import type { ImportStaging } from './import-staging'
import { originalKind, readStagedContent, stageOriginal } from './original-file'
import { cleanTrack } from './clean-track'
import { trackStreams } from './track-points'
import { readXmlTrack } from './xml-track'
import type { Entry, ZipArchive } from './zip-archive'

/** Reads one original when the library still needs its streams or its file. */
export class OriginalReader {
  private readonly states
  private readonly kept

  constructor(
    db: DbOrTx,
    private readonly archive: ZipArchive,
    private readonly staging: ImportStaging,
    ids: number[],
  ) {
    this.states = readStreamsStates(db, ids)
    this.kept = readOriginalIds(db)
  }

  async read(entry: Entry, index: number, file: string, item: StagedActivity): Promise<void> {
    const state = this.states.get(item.id)
    const needsStreams = !item.streams && (state === undefined || state === 'pending')
    const needsFile = !item.original && !this.kept.has(item.id)
    if (!needsStreams && !needsFile) return
    const kind = originalKind(file)
    if (!kind) return
    const path = this.staging.originalPath(index, kind)
    const copy = await stageOriginal(await this.archive.openEntry(entry), path, entry.crc32)
    // Parsed even when only the file is kept: a file that cannot be read is not kept either.
    const content = await readStagedContent(
      path,
      kind.gzipped,
      this.archive.meterUnpacked(entry.fileName),
    )
    const points =
      kind.format === 'fit' ? readFitTrack(content) : readXmlTrack(content, kind.format)
    // Only samples with trustworthy times become streams; the first of them is the start.
    const track = cleanTrack(points)
    const start = track.points[0]?.timeMs
    if (needsStreams && track.timing === 'ok' && start !== undefined) {
      item.streams = await this.staging.writeStreams(item.id, trackStreams(track.points), start)
    }
    if (needsFile) item.original = { ...copy, file: path, kind, archivePath: entry.fileName }
  }
}
