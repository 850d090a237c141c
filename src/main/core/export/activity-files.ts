/**
 * What one activity becomes in a per-activity format (GPX, TCX, original file), or why it is
 * skipped. Activities without streams export what they have and say so.
 */
import { createReadStream } from 'node:fs'
import { eq } from 'drizzle-orm'
import { readStreams } from '../db/activities-repo'
import type { DbOrTx } from '../db/open-database'
import { originals } from '../db/schema'
import { resolveOriginalFile } from '../library/original-path'
import { createLogger } from '../log/logger'
import { activityFileName } from './file-names'
import { renderGpx } from './gpx-writer'
import { startMillis, type StoredActivity } from './stored-activities'
import { renderTcx } from './tcx-writer'
import { hasPositions, toTrackSeries } from './track-series'
import type { FileContent } from './write-export-file'

export type SkipReason = 'manual' | 'no-gps' | 'streams-pending' | 'no-original' | 'exists'
/** Why a written file has no track: a manual activity, or streams not backed up yet. */
export type PartialReason = Extract<SkipReason, 'manual' | 'streams-pending'>

export type ActivityFile =
  | { kind: 'skip'; reason: SkipReason }
  | { kind: 'write'; fileName: string; content: () => FileContent; partial?: PartialReason }

export type ActivityFormat = 'gpx' | 'tcx' | 'original'

const log = createLogger('export')

function streamsOf(db: DbOrTx, activity: StoredActivity) {
  return activity.streamsState === 'stored' ? toTrackSeries(readStreams(db, activity.id)) : null
}

function noStreamsReason(activity: StoredActivity): PartialReason {
  return activity.streamsState === 'pending' ? 'streams-pending' : 'manual'
}

function gpxFile(db: DbOrTx, activity: StoredActivity): ActivityFile {
  const series = streamsOf(db, activity)
  if (!series) return { kind: 'skip', reason: noStreamsReason(activity) }
  if (!hasPositions(series)) return { kind: 'skip', reason: 'no-gps' }
  return {
    kind: 'write',
    fileName: activityFileName(activity, 'gpx'),
    content: () => renderGpx(activity, series),
  }
}

function tcxFile(db: DbOrTx, activity: StoredActivity): ActivityFile {
  const series = streamsOf(db, activity)
  return {
    kind: 'write',
    fileName: activityFileName(activity, 'tcx'),
    content: () => renderTcx(activity, series, startMillis(activity)),
    partial: series ? undefined : noStreamsReason(activity),
  }
}

function originalFile(db: DbOrTx, dataDir: string, activity: StoredActivity): ActivityFile {
  const row = db.select().from(originals).where(eq(originals.activityId, activity.id)).get()
  if (!row) return { kind: 'skip', reason: 'no-original' }
  const source = resolveOriginalFile(dataDir, row.path)
  if (!source) {
    log.warn('original file missing or outside the originals folder', { activityId: activity.id })
    return { kind: 'skip', reason: 'no-original' }
  }
  const extension = `${row.format}${row.gzipped ? '.gz' : ''}`
  return {
    kind: 'write',
    fileName: activityFileName(activity, extension),
    content: () => createReadStream(source),
  }
}

export function planActivityFile(
  format: ActivityFormat,
  db: DbOrTx,
  dataDir: string,
  activity: StoredActivity,
): ActivityFile {
  switch (format) {
    case 'gpx':
      return gpxFile(db, activity)
    case 'tcx':
      return tcxFile(db, activity)
    case 'original':
      return originalFile(db, dataDir, activity)
  }
}
