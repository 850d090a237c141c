/**
 * The one write of an import: originals moved into `<dataDir>/originals/`, then every database
 * change in a single transaction. If the transaction fails, the moved files are removed again,
 * so the library is either fully imported or exactly as it was.
 */
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { inArray } from 'drizzle-orm'
import { storeEncodedStreams } from '../db/activities-repo'
import type { AppDb, DbOrTx } from '../db/open-database'
import { activities, connection, originals } from '../db/schema'
import type { ExportRow } from './export-csv'
import type { StagedFile, StagedStreams } from './import-staging'
import { buildImportedSummary, type ImportedSummary } from './imported-summary'

export const ORIGINALS_FOLDER = 'originals'

export interface StagedActivity {
  id: number
  row?: ExportRow
  streams?: StagedStreams
  original?: StagedFile
}

export interface CommitCounts {
  created: number
  streamsFilled: number
  originalsKept: number
  /** Streams the sync was still going to download, filled from the archive instead. */
  streamDownloadsSaved: number
  /** CSV rows not created: no readable date and no track to take one from. */
  undated: number[]
}

type StreamsState = 'pending' | 'stored' | 'none'

/** Current streams state of the given activities (absent: not in the library). */
export function readStreamsStates(db: DbOrTx, ids: number[]): Map<number, StreamsState> {
  const states = new Map<number, StreamsState>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db
      .select({ id: activities.id, state: activities.streamsState })
      .from(activities)
      .where(inArray(activities.id, ids.slice(i, i + 500)))
      .all()
    for (const row of rows) states.set(row.id, row.state)
  }
  return states
}

export function readOriginalIds(db: DbOrTx): Set<number> {
  return new Set(
    db
      .select({ id: originals.activityId })
      .from(originals)
      .all()
      .map((r) => r.id),
  )
}

function moveOriginals(dataDir: string, staged: StagedActivity[], kept: Set<number>) {
  const moved: { id: number; path: string; file: StagedFile }[] = []
  mkdirSync(join(dataDir, ORIGINALS_FOLDER), { recursive: true })
  for (const { id, original } of staged) {
    if (!original || kept.has(id)) continue
    const path = `${ORIGINALS_FOLDER}/${id}.${original.kind.extension}`
    renameSync(original.file, join(dataDir, ...path.split('/')))
    moved.push({ id, path, file: original })
  }
  return moved
}

/** Writes the staged import; synchronous so nothing else in this process runs in between. */
export function commitImport(
  db: AppDb,
  dataDir: string,
  staged: StagedActivity[],
  now: number,
): CommitCounts {
  const athleteId = db.select({ id: connection.athleteId }).from(connection).get()?.id ?? 0
  const before = readStreamsStates(
    db,
    staged.map((s) => s.id),
  )
  const summaries = new Map<number, ImportedSummary>()
  const undated: number[] = []
  for (const item of staged) {
    if (before.has(item.id) || !item.row) continue
    const summary = buildImportedSummary(item.row, item.streams, athleteId)
    if (summary) summaries.set(item.id, summary)
    else undated.push(item.id)
  }
  const present = staged.filter((s) => before.has(s.id) || summaries.has(s.id))
  const moved = moveOriginals(dataDir, present, readOriginalIds(db))
  try {
    return db.transaction((tx) => {
      const counts = { created: 0, streamsFilled: 0, originalsKept: 0, streamDownloadsSaved: 0 }
      // Read again inside the transaction: a sync in another process may have written meanwhile.
      const states = readStreamsStates(
        tx,
        present.map((s) => s.id),
      )
      for (const item of present) {
        const existing = states.get(item.id)
        let state = existing
        const summary = summaries.get(item.id)
        if (state === undefined && summary) {
          state = item.row?.filename ? 'pending' : 'none'
          // Its detail stays pending: the API's (laps, description, gear) is worth its request.
          tx.insert(activities)
            .values({ ...summary, streamsState: state, firstSeenAt: now, updatedAt: now })
            .run()
          counts.created++
        }
        // Streams the API already gave are never replaced.
        if (item.streams && state === 'pending') {
          const { keys, sampleCount, file } = item.streams
          storeEncodedStreams(tx, item.id, { keys, sampleCount, data: readFileSync(file) }, now)
          counts.streamsFilled++
          if (existing === 'pending') counts.streamDownloadsSaved++
        }
      }
      for (const { id, path, file } of moved) {
        tx.insert(originals)
          .values({
            activityId: id,
            path,
            format: file.kind.format,
            gzipped: file.kind.gzipped,
            archivePath: file.archivePath,
            byteSize: file.byteSize,
            sha256: file.sha256,
            importedAt: now,
          })
          .run()
        counts.originalsKept++
      }
      return { ...counts, undated }
    })
  } catch (error) {
    for (const { path } of moved) rmSync(join(dataDir, ...path.split('/')), { force: true })
    throw error
  }
}
