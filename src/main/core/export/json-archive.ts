import { eq } from 'drizzle-orm'
import { readStreams } from '../db/activities-repo'
import type { DbOrTx } from '../db/open-database'
import { originals } from '../db/schema'
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
 * and detail, streams keyed by type, and when the activity was deleted on Strava.
 */
export function* renderJsonArchive(
  db: DbOrTx,
  activities: Iterable<StoredActivity>,
  exportedAt: number,
): Generator<string> {
  yield `{"schemaVersion":${ARCHIVE_SCHEMA_VERSION},"exportedAt":"${isoTime(exportedAt)}","generator":"Trailkeep","activities":[`
  let first = true
  for (const activity of activities) {
    const entry = {
      id: activity.id,
      source: activity.source,
      deletedAt: activity.deletedAt === null ? null : isoTime(activity.deletedAt),
      summary: activity.summary,
      detail: activity.detail,
      streams: activity.streamsState === 'stored' ? readStreams(db, activity.id) : null,
      original: originalOf(db, activity.id),
    }
    yield `${first ? '' : ','}\n${JSON.stringify(entry)}`
    first = false
  }
  yield '\n]}\n'
}
