import { eq } from 'drizzle-orm'
import { readStreams } from '../db/activities-repo'
import type { DbOrTx } from '../db/open-database'
import { originals } from '../db/schema'
import { trimJsonPositions } from '../maps/privacy-trim'
import { trimStreams, type PrivacyZone } from '../maps/privacy-zones'
import type { StoredActivity } from './stored-activities'
import { isoTime } from './xml-text'

/** Bumped when the archive's shape changes incompatibly; documented in docs/export-formats.md. */
export const ARCHIVE_SCHEMA_VERSION = 1

function originalOf(db: DbOrTx, id: number) {
  const row = db.select().from(originals).where(eq(originals.activityId, id)).get()
  if (!row) return null
  const { format, gzipped, archivePath, byteSize, sha256 } = row
  return { format, gzipped, archivePath, byteSize, sha256 }
}

/**
 * Everything stored, as one JSON document written one activity at a time: raw Strava summary
 * and detail, streams keyed by type, and when the activity was deleted on Strava. Positions
 * within a privacy zone are left out of the streams and of Strava's JSON alike; `onTrimmed`
 * hears how many of each activity's were.
 */
export function* renderJsonArchive(
  db: DbOrTx,
  activities: Iterable<StoredActivity>,
  exportedAt: number,
  zones: readonly PrivacyZone[] = [],
  onTrimmed: (id: number, points: number) => void = () => undefined,
): Generator<string> {
  yield `{"schemaVersion":${ARCHIVE_SCHEMA_VERSION},"exportedAt":"${isoTime(exportedAt)}","generator":"Trailkeep","activities":[`
  let first = true
  for (const activity of activities) {
    const stored = activity.streamsState === 'stored' ? readStreams(db, activity.id) : null
    const streams = stored ? trimStreams(stored, zones) : { streams: null, removed: 0 }
    const summary = trimJsonPositions(activity.summary, zones)
    const detail = trimJsonPositions(activity.detail, zones)
    const removed = streams.removed + summary.removed + detail.removed
    if (removed > 0) onTrimmed(activity.id, removed)
    const entry = {
      id: activity.id,
      source: activity.source,
      deletedAt: activity.deletedAt === null ? null : isoTime(activity.deletedAt),
      summary: summary.value,
      detail: detail.value,
      streams: streams.streams,
      original: originalOf(db, activity.id),
    }
    yield `${first ? '' : ','}\n${JSON.stringify(entry)}`
    first = false
  }
  yield '\n]}\n'
}
