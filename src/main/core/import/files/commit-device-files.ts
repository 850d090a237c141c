/**
 * One batch of read device files written in one transaction: each recording either fills in the
 * library activity it is (library-match.ts; streams only where none are stored, the original
 * file where none is kept, the file's laps and device) or becomes a new activity with a local
 * id. Files are recorded by content, so the same bytes under another name count as unchanged.
 */
import { eq } from 'drizzle-orm'
import { storeEncodedStreams } from '../../db/activities-repo'
import type { AppDb, DbOrTx } from '../../db/open-database'
import { activities, connection } from '../../db/schema'
import type { FileDetail } from './file-detail'
import { fileDetailCoversApiDetail, mergeFileDetail, writeFileDetail } from './file-detail'
import { fileDetailOf } from './file-detail-of'
import { fileActivityRow, recordingColumns } from './file-activity-row'
import { KeptOriginals, type OriginalSource } from './keep-original'
import { findKnownFile, recordKnownFile } from './known-files'
import { findLibraryActivity, type LibraryActivity } from './library-match'
import { nextLocalId } from './local-ids'
import { richness, type PreparedActivity } from './prepare-activity'
import type { DeviceFileReading } from './read-device-file'
import { logActivityChanges } from '../../derived/activity-changes'

export interface ReadFile {
  source: Omit<OriginalSource, 'key'>
  mtimeMs: number
  reading: DeviceFileReading
}

export interface BatchOutcome {
  added: number[]
  updated: number[]
  unchanged: number
  streamDownloadsSaved: number
  skipped: { file: string; reason: string }[]
}

function athleteIdOf(db: DbOrTx): number {
  return db.select({ id: connection.athleteId }).from(connection).get()?.id ?? 0
}

/** What a recording adds to the activity it is; true when the activity changed. */
function fillIn(
  tx: DbOrTx,
  kept: KeptOriginals,
  target: LibraryActivity,
  activity: PreparedActivity,
  file: OriginalSource,
  outcome: BatchOutcome,
  now: number,
): boolean {
  let changed = false
  const set: Partial<typeof activities.$inferInsert> = {}
  if (target.streamsState !== 'stored') {
    // Streams Strava gave are never replaced; where it has none yet, the file saves a request.
    storeEncodedStreams(tx, target.id, activity.streams, now)
    set.streamsSource = 'file'
    if (target.streamsState === 'pending') outcome.streamDownloadsSaved++
    if (target.summaryPolyline === null && activity.summaryPolyline) {
      set.summaryPolyline = activity.summaryPolyline
    }
    changed = true
  } else if (
    target.source === 'file' &&
    target.streamKeys !== null &&
    richness(activity.streams) >
      richness({ keys: target.streamKeys, sampleCount: target.sampleCount ?? 0 })
  ) {
    // Two files of one recording (the watch's FIT, an app's GPX without heart rate): the richer.
    storeEncodedStreams(tx, target.id, activity.streams, now)
    Object.assign(set, recordingColumns(activity, target.id, athleteIdOf(tx)))
    changed = true
  }
  if (!target.hasOriginal) {
    kept.keep(tx, target.id, file, now)
    changed = true
  }
  const detail: FileDetail = mergeFileDetail(target.fileDetail, fileDetailOf(activity))
  const detailJson = writeFileDetail(detail)
  if (detailJson !== writeFileDetail(target.fileDetail)) {
    set.fileDetailJson = detailJson
    if (target.source !== 'file' && fileDetailCoversApiDetail(detail, target.isManual)) {
      set.detailPending = false
    }
  }
  if (Object.keys(set).length > 0) {
    tx.update(activities)
      .set({ ...set, updatedAt: now })
      .where(eq(activities.id, target.id))
      .run()
  }
  return changed
}

function commitFile(
  tx: DbOrTx,
  kept: KeptOriginals,
  file: ReadFile,
  outcome: BatchOutcome,
  now: number,
): void {
  const { reading } = file
  const known = findKnownFile(tx, reading.key)
  if (known) {
    if (known.skipReason !== null) {
      outcome.skipped.push({ file: file.source.path, reason: known.skipReason })
    }
    outcome.unchanged += known.activityCount
    return
  }
  const source = { ...file.source, key: reading.key }
  const record = { key: reading.key, path: source.path, mtimeMs: file.mtimeMs, importedAt: now }
  if (reading.kind === 'skipped') {
    recordKnownFile(tx, { ...record, activityCount: 0, skipReason: reading.reason })
    outcome.skipped.push({ file: source.path, reason: reading.reason })
    return
  }
  for (const activity of reading.activities) {
    const target = findLibraryActivity(tx, {
      sportType: activity.sportType,
      startMs: activity.startMs,
      distance: activity.summary.distance,
      sportKnown: activity.sportFromFile,
    })
    if (target) {
      if (fillIn(tx, kept, target, activity, source, outcome, now)) {
        if (!outcome.updated.includes(target.id) && !outcome.added.includes(target.id)) {
          outcome.updated.push(target.id)
        }
      } else outcome.unchanged++
      continue
    }
    const id = nextLocalId(tx)
    tx.insert(activities)
      .values(fileActivityRow(activity, id, athleteIdOf(tx), now))
      .run()
    logActivityChanges(tx, [id])
    storeEncodedStreams(tx, id, activity.streams, now)
    kept.keep(tx, id, source, now)
    outcome.added.push(id)
  }
  recordKnownFile(tx, { ...record, activityCount: reading.activities.length, skipReason: null })
}

/** Writes a batch in one transaction; if it fails, the originals it copied are removed again. */
export function commitDeviceFiles(
  db: AppDb,
  dataDir: string,
  files: readonly ReadFile[],
  now: number,
): BatchOutcome {
  const kept = new KeptOriginals(dataDir)
  try {
    return db.transaction((tx) => {
      const outcome: BatchOutcome = {
        added: [],
        updated: [],
        unchanged: 0,
        streamDownloadsSaved: 0,
        skipped: [],
      }
      for (const file of files) commitFile(tx, kept, file, outcome, now)
      return outcome
    })
  } catch (error) {
    kept.rollBack()
    throw error
  }
}
