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
import { latlngOf } from '../maps/latlng-stream'
import { touchesZones } from '../maps/privacy-trim'
import { trimStreams, type PrivacyZone } from '../maps/privacy-zones'
import type { StreamSet } from '../strava/activity-schemas'
import { activityFileName } from './file-names'
import { renderGpx } from './gpx-writer'
import { startMillis, type StoredActivity } from './stored-activities'
import { renderTcx } from './tcx-writer'
import { hasPositions, toTrackSeries } from './track-series'
import type { FileContent } from './write-export-file'

export type SkipReason =
  | 'manual'
  | 'no-gps'
  | 'streams-pending'
  | 'no-original'
  | 'exists'
  /** An original file is copied byte for byte, so one with points in a privacy zone stays home. */
  | 'privacy-zone'
/** Why a written file has no track: a manual activity, or streams not backed up yet. */
export type PartialReason = Extract<SkipReason, 'manual' | 'streams-pending'>

export type ActivityFile =
  | { kind: 'skip'; reason: SkipReason }
  | {
      kind: 'write'
      fileName: string
      content: () => FileContent
      partial?: PartialReason
      /** Track points left out for the privacy zones. */
      trimmedPoints?: number
    }

export type ActivityFormat = 'gpx' | 'tcx' | 'original'

const log = createLogger('export')

/** The stored streams without the samples inside a privacy zone, and how many were left out. */
export function zonedStreams(
  db: DbOrTx,
  activity: StoredActivity,
  zones: readonly PrivacyZone[],
): { streams: StreamSet | null; removed: number } {
  const stored = activity.streamsState === 'stored' ? readStreams(db, activity.id) : null
  if (!stored) return { streams: null, removed: 0 }
  const { streams, removed } = trimStreams(stored, zones)
  return { streams, removed }
}

function noStreamsReason(activity: StoredActivity): PartialReason {
  return activity.streamsState === 'pending' ? 'streams-pending' : 'manual'
}

/** The activity's track series outside the privacy zones, and how many points were left out. */
function zonedSeries(db: DbOrTx, activity: StoredActivity, zones: readonly PrivacyZone[]) {
  const { streams, removed } = zonedStreams(db, activity, zones)
  return { series: toTrackSeries(streams), removed }
}

function gpxFile(
  db: DbOrTx,
  activity: StoredActivity,
  zones: readonly PrivacyZone[],
): ActivityFile {
  const { series, removed } = zonedSeries(db, activity, zones)
  if (!series) return { kind: 'skip', reason: noStreamsReason(activity) }
  if (!hasPositions(series)) return { kind: 'skip', reason: 'no-gps' }
  return {
    kind: 'write',
    fileName: activityFileName(activity, 'gpx'),
    content: () => renderGpx(activity, series),
    trimmedPoints: removed,
  }
}

function tcxFile(
  db: DbOrTx,
  activity: StoredActivity,
  zones: readonly PrivacyZone[],
): ActivityFile {
  const { series, removed } = zonedSeries(db, activity, zones)
  return {
    kind: 'write',
    fileName: activityFileName(activity, 'tcx'),
    content: () => renderTcx(activity, series, startMillis(activity)),
    partial: series ? undefined : noStreamsReason(activity),
    trimmedPoints: removed,
  }
}

function originalFile(
  db: DbOrTx,
  dataDir: string,
  activity: StoredActivity,
  zones: readonly PrivacyZone[],
): ActivityFile {
  const row = db.select().from(originals).where(eq(originals.activityId, activity.id)).get()
  if (!row) return { kind: 'skip', reason: 'no-original' }
  const stored = activity.streamsState === 'stored' ? readStreams(db, activity.id) : null
  if (touchesZones(latlngOf(stored), zones)) return { kind: 'skip', reason: 'privacy-zone' }
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
  zones: readonly PrivacyZone[] = [],
): ActivityFile {
  switch (format) {
    case 'gpx':
      return gpxFile(db, activity, zones)
    case 'tcx':
      return tcxFile(db, activity, zones)
    case 'original':
      return originalFile(db, dataDir, activity, zones)
  }
}
