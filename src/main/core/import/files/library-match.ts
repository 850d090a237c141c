/**
 * The activity of the library that a recording from a file is (match-activity.ts: same sport
 * family, starts within 60 s, distances within 5 %), whatever its source: an activity Strava
 * listed, one from the bulk export, or one from another file.
 */
import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/open-database'
import type { ActivitySource } from '../../db/schema'
import { findSameActivity, MATCH_WINDOW_MS, type MatchKey } from '../activity-files/match-activity'
import { readFileDetail, type FileDetail } from './file-detail'

export interface LibraryActivity extends MatchKey {
  id: number
  source: ActivitySource
  streamsState: 'pending' | 'stored' | 'none'
  isManual: boolean
  hasOriginal: boolean
  summaryPolyline: string | null
  fileDetail: FileDetail
  /** Of the stored streams, when there are some. */
  streamKeys: string | null
  sampleCount: number | null
}

/** The columns a match reads of a stored activity. */
export interface MatchRow {
  id: number
  sport_type: string
  start_date: number
  distance: number
  file_detail_json: string | null
}

/**
 * How the matcher sees a stored activity, with its file detail read. A file activity's sport
 * only counts when the file named one (`fromFile`: the activity is known only from a file).
 */
export function storedMatchKey(
  row: MatchRow,
  fromFile: boolean,
): MatchKey & { id: number; fileDetail: FileDetail } {
  const fileDetail = readFileDetail(row.file_detail_json)
  return {
    id: row.id,
    sportType: row.sport_type,
    startMs: row.start_date * 1000,
    distance: row.distance,
    sportKnown: !fromFile || fileDetail.sportFromFile !== false,
    fileDetail,
  }
}

interface Row extends MatchRow {
  source: ActivitySource
  streams_state: 'pending' | 'stored' | 'none'
  is_manual: number
  summary_polyline: string | null
  keys: string | null
  sample_count: number | null
  has_original: number
}

const windowSeconds = Math.ceil(MATCH_WINDOW_MS / 1000) + 1

/** The same activity in the library, the one starting closest to `key`; undefined when none. */
export function findLibraryActivity(db: DbOrTx, key: MatchKey): LibraryActivity | undefined {
  const start = Math.floor(key.startMs / 1000)
  const rows = db.all<Row>(sql`
    SELECT a.id, a.sport_type, a.start_date, a.distance, a.source, a.streams_state, a.is_manual,
      a.summary_polyline, a.file_detail_json, s.keys, s.sample_count,
      (o.activity_id IS NOT NULL) AS has_original
    FROM activities a
    LEFT JOIN activity_streams s ON s.activity_id = a.id
    LEFT JOIN originals o ON o.activity_id = a.id
    WHERE a.start_date BETWEEN ${start - windowSeconds} AND ${start + windowSeconds}
    ORDER BY a.start_date`)
  const candidates = rows.map((row): LibraryActivity => ({
    ...storedMatchKey(row, row.source === 'file'),
    source: row.source,
    streamsState: row.streams_state,
    isManual: row.is_manual === 1,
    hasOriginal: row.has_original === 1,
    summaryPolyline: row.summary_polyline,
    streamKeys: row.keys,
    sampleCount: row.sample_count,
  }))
  return findSameActivity(candidates, key)
}
