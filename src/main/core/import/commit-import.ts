/**
 * The one write of an import: originals moved into `<dataDir>/originals/`, then every database
 * change in a single transaction. If the transaction fails, the moved files are removed again,
 * so the library is either fully imported or exactly as it was.
 */
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import { storeEncodedStreams } from '../db/activities-repo'
import type { AppDb, DbOrTx } from '../db/open-database'
import { activities, connection, originals } from '../db/schema'
import type { LocalStart } from './activity-files/local-time'
import type { ExportRow } from './export-csv'
import {
  adoptFileActivity,
  fileActivitiesBetween,
  findFileActivity,
} from './files/adopt-file-activity'
import {
  fileDetailCoversApiDetail,
  mergeFileDetail,
  readFileDetail,
  writeFileDetail,
  type FileDetail,
} from './files/file-detail'
import type { StagedFile, StagedStreams } from './import-staging'
import { buildImportedSummary, type ImportedSummary } from './imported-summary'
import { logActivityChanges } from '../derived/activity-changes'
import { idChunks } from '../db/id-chunks'

export const ORIGINALS_FOLDER = 'originals'

export interface StagedActivity {
  id: number
  row?: ExportRow
  streams?: StagedStreams
  original?: StagedFile
  /** What the original file says of the detail (laps, device, calories). */
  detail?: FileDetail
  summaryPolyline?: string | null
  /** The start in local time, from the original file. */
  local?: LocalStart | null
}

export interface CommitCounts {
  created: number
  streamsFilled: number
  originalsKept: number
  /** Streams the sync was still going to download, filled from the archive instead. */
  streamDownloadsSaved: number
  /** Detail requests the sync no longer needs: the export and the original answer them. */
  detailRequestsSaved: number
  /** CSV rows not created: no readable date and no track to take one from. */
  undated: number[]
  createdIds: number[]
  /** Activities already in the library that gained streams or an original file. */
  updatedIds: number[]
}

type StreamsState = 'pending' | 'stored' | 'none'

/** Current streams state of the given activities (absent: not in the library). */
export function readStreamsStates(db: DbOrTx, ids: number[]): Map<number, StreamsState> {
  const states = new Map<number, StreamsState>()
  for (const chunk of idChunks(ids)) {
    const rows = db
      .select({ id: activities.id, state: activities.streamsState })
      .from(activities)
      .where(inArray(activities.id, chunk))
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

/** What the export row says of the detail: its description, gear and calories. */
function exportDetail(row: ExportRow): FileDetail {
  return {
    description: { value: row.description, from: 'export' },
    gearName: { value: row.gearName, from: 'export' },
    ...(row.calories !== null && { calories: { value: row.calories, from: 'export' as const } }),
  }
}

/** The new activity's columns, its local start and route line taken from its original file. */
function createdColumns(item: StagedActivity, summary: ImportedSummary) {
  const local = item.local && item.local.timezoneSource !== 'none' ? item.local : null
  return {
    ...summary,
    ...(local && { startDateLocal: local.startDateLocal }),
    summaryPolyline: item.summaryPolyline ?? null,
  }
}

/**
 * Export rows the library lacks but knows from a device file: the file's activity takes the
 * export's Strava id and record (adoptFileActivity). Returns the ids adopted.
 */
function adoptFileActivities(
  tx: DbOrTx,
  items: StagedActivity[],
  summaries: Map<number, ImportedSummary>,
  now: number,
): Set<number> {
  const adopted = new Set<number>()
  const fresh = items.filter((item) => summaries.has(item.id))
  if (fresh.length === 0) return adopted
  const starts = fresh.map((item) => (summaries.get(item.id) as ImportedSummary).startDate * 1000)
  let candidates = fileActivitiesBetween(tx, Math.min(...starts), Math.max(...starts))
  for (const item of fresh) {
    if (candidates.length === 0) break
    const summary = summaries.get(item.id) as ImportedSummary
    const key = {
      sportType: summary.sportType,
      startMs: summary.startDate * 1000,
      distance: summary.distance,
    }
    const match = findFileActivity(candidates, key)
    if (!match) continue
    candidates = candidates.filter((c) => c !== match)
    adoptFileActivity(tx, match.id, {
      ...createdColumns(item, summary),
      streamsState: 'stored',
      fileDetailJson: writeFileDetail(item.row ? exportDetail(item.row) : {}),
      firstSeenAt: now,
      updatedAt: now,
    })
    adopted.add(item.id)
  }
  return adopted
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
      const counts = {
        created: 0,
        streamsFilled: 0,
        originalsKept: 0,
        streamDownloadsSaved: 0,
        detailRequestsSaved: 0,
      }
      const createdIds: number[] = []
      const updated = new Set<number>()
      const adopted = adoptFileActivities(tx, present, summaries, now)
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
          const detail = mergeFileDetail(item.row ? exportDetail(item.row) : {}, item.detail ?? {})
          const covered = fileDetailCoversApiDetail(detail, summary.isManual ?? false)
          tx.insert(activities)
            .values({
              ...createdColumns(item, summary),
              streamsState: state,
              fileDetailJson: writeFileDetail(detail),
              // Without the export's answers, the API's detail (laps, gear) is worth its request.
              detailPending: !covered,
              firstSeenAt: now,
              updatedAt: now,
            })
            .run()
          logActivityChanges(tx, [item.id])
          counts.created++
          createdIds.push(item.id)
        } else if (existing !== undefined) {
          if (mergeDetail(tx, item, adopted.has(item.id), now)) counts.detailRequestsSaved++
        }
        // Streams the API already gave are never replaced.
        if (item.streams && state === 'pending') {
          const { keys, sampleCount, file } = item.streams
          storeEncodedStreams(tx, item.id, { keys, sampleCount, data: readFileSync(file) }, now)
          tx.update(activities)
            .set({ streamsSource: 'bulk_export' })
            .where(eq(activities.id, item.id))
            .run()
          counts.streamsFilled++
          if (existing === 'pending') {
            counts.streamDownloadsSaved++
            updated.add(item.id)
          }
        }
      }
      // An activity adopted from a device file keeps that file as its original.
      const keptNow = readOriginalIds(tx)
      for (const { id, path, file } of moved) {
        if (keptNow.has(id)) {
          rmSync(join(dataDir, ...path.split('/')), { force: true })
          continue
        }
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
        if (!createdIds.includes(id)) updated.add(id)
      }
      for (const id of adopted) updated.add(id)
      return { ...counts, undated, createdIds, updatedIds: [...updated] }
    })
  } catch (error) {
    for (const { path } of moved) rmSync(join(dataDir, ...path.split('/')), { force: true })
    throw error
  }
}

/**
 * Adds what the export and the original say of the detail to an activity already in the
 * library; true when that spares the sync a detail request it was still going to make.
 */
function mergeDetail(tx: DbOrTx, item: StagedActivity, adopted: boolean, now: number): boolean {
  const row = tx
    .select({
      json: activities.fileDetailJson,
      detailPending: activities.detailPending,
      isManual: activities.isManual,
      polyline: activities.summaryPolyline,
    })
    .from(activities)
    .where(eq(activities.id, item.id))
    .get()
  if (!row) return false
  const known = readFileDetail(row.json)
  const detail = mergeFileDetail(
    mergeFileDetail(known, item.row ? exportDetail(item.row) : {}),
    item.detail ?? {},
  )
  const json = writeFileDetail(detail)
  const answered = row.detailPending && fileDetailCoversApiDetail(detail, row.isManual)
  const polyline = row.polyline === null && item.summaryPolyline ? item.summaryPolyline : null
  if (json === row.json && !answered && !polyline) return false
  tx.update(activities)
    .set({
      fileDetailJson: json,
      ...(answered && { detailPending: false }),
      ...(polyline && { summaryPolyline: polyline }),
      ...(!adopted && { updatedAt: now }),
    })
    .where(eq(activities.id, item.id))
    .run()
  return answered
}
