/** The activities themselves: summaries, details, streams, original files, and the sync's bookkeeping. */
import { sql } from 'drizzle-orm'
import { blob, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Where an activity's record (or its streams) came from. */
export const ACTIVITY_SOURCES = ['api', 'bulk_export', 'file'] as const
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number]

/** Activity summaries as Strava listed them, typed columns next to the raw JSON. */
export const activities = sqliteTable(
  'activities',
  {
    id: integer('id', { mode: 'number' }).primaryKey(),
    athleteId: integer('athlete_id', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    /** The name as search compares it (library/search-text.ts), written with the name. */
    searchName: text('search_name').notNull().default(''),
    sportType: text('sport_type').notNull(),
    startDate: integer('start_date').notNull(),
    startDateLocal: text('start_date_local').notNull(),
    timezone: text('timezone'),
    distance: real('distance').notNull(),
    movingTime: integer('moving_time').notNull(),
    elapsedTime: integer('elapsed_time').notNull(),
    totalElevationGain: real('total_elevation_gain').notNull(),
    isPrivate: integer('is_private', { mode: 'boolean' }).notNull().default(false),
    isManual: integer('is_manual', { mode: 'boolean' }).notNull().default(false),
    summaryPolyline: text('summary_polyline'),
    hasHeartrate: integer('has_heartrate', { mode: 'boolean' }).notNull().default(false),
    averageSpeed: real('average_speed'),
    summaryJson: text('summary_json').notNull(),
    detailJson: text('detail_json'),
    detailFetchedAt: integer('detail_fetched_at'),
    /** The detail still has to be fetched: the activity is new, or its summary changed since. */
    detailPending: integer('detail_pending', { mode: 'boolean' }).notNull().default(true),
    /** pending: not fetched yet; stored: in activity_streams; none: Strava has none (manual). */
    streamsState: text('streams_state', { enum: ['pending', 'stored', 'none'] })
      .notNull()
      .default('pending'),
    firstSeenAt: integer('first_seen_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
    /**
     * api: listed by Strava's API; bulk_export: created from the athlete's own export archive;
     * file: recorded in a device file only (a negative local id until Strava lists it).
     */
    source: text('source', { enum: ACTIVITY_SOURCES }).notNull().default('api'),
    // --- Your history without the API (device files, watched folders, re-imports) ---
    /** Where the stored streams came from; null while none are stored. */
    streamsSource: text('streams_source', { enum: ACTIVITY_SOURCES }),
    /**
     * What the athlete's own files say that Strava's detail would (JSON, file-detail.ts): the
     * export's description, gear and calories, the original file's laps, device and calories.
     */
    fileDetailJson: text('file_detail_json'),
  },
  (table) => [
    index('activities_start_date_idx').on(table.startDate),
    // What the sync still has to fetch, newest first. What is pending is part of the activity row
    // (no separate queue to keep in step with it), and these small partial indexes are all a new
    // activity adds for it.
    index('activities_detail_pending_idx')
      .on(table.startDate)
      .where(sql`${table.deletedAt} IS NULL AND ${table.detailPending} = 1`),
    index('activities_streams_pending_idx')
      .on(table.startDate)
      .where(sql`${table.deletedAt} IS NULL AND ${table.streamsState} = 'pending'`),
    // Covering indexes for the library's lists, searches, counts and totals: rows carry the raw
    // JSON, so filtering in the index instead of the table is what keeps 50,000 activities fast.
    index('activities_live_library_idx')
      .on(
        table.startDate,
        table.id,
        table.sportType,
        table.distance,
        table.movingTime,
        table.totalElevationGain,
        table.startDateLocal,
        table.searchName,
        table.deletedAt,
      )
      .where(sql`${table.deletedAt} IS NULL`),
    index('activities_sport_library_idx').on(
      table.sportType,
      table.startDate,
      table.id,
      table.deletedAt,
      table.distance,
      table.movingTime,
      table.totalElevationGain,
      table.startDateLocal,
      table.searchName,
    ),
  ],
)

/** Per-second series of one activity, compressed: one row per activity, not per sample. */
export const activityStreams = sqliteTable(
  'activity_streams',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .primaryKey()
      .references(() => activities.id, { onDelete: 'cascade' }),
    keys: text('keys').notNull(),
    sampleCount: integer('sample_count').notNull(),
    /** deflate-compressed JSON object keyed by stream type. */
    data: blob('data', { mode: 'buffer' }).notNull(),
    fetchedAt: integer('fetched_at').notNull(),
  },
  (table) => [
    // Derived figures ask every activity when its streams were fetched (derived/stale-subjects.ts).
    // fetched_at is stored behind the blob: from the table, each answer reads the whole blob.
    index('activity_streams_fetched_idx').on(table.activityId, table.fetchedAt, table.keys),
  ],
)

/**
 * Original recorded files (FIT/GPX/TCX, maybe gzipped) kept from a Strava bulk export, byte for
 * byte, under the data folder, so they can be exported unchanged.
 */
export const originals = sqliteTable('originals', {
  activityId: integer('activity_id', { mode: 'number' })
    .primaryKey()
    .references(() => activities.id, { onDelete: 'cascade' }),
  /** Relative to the data folder, always with forward slashes. */
  path: text('path').notNull(),
  format: text('format', { enum: ['fit', 'gpx', 'tcx'] }).notNull(),
  gzipped: integer('gzipped', { mode: 'boolean' }).notNull(),
  /** Where the file was inside the export archive. */
  archivePath: text('archive_path').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  importedAt: integer('imported_at').notNull(),
})

/**
 * Fetches of a detail or streams that failed: when to try again, or that the sync gave up.
 * Pending fetches without a row here have not failed yet.
 */
export const fetchRetries = sqliteTable(
  'fetch_retries',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['detail', 'streams'] }).notNull(),
    attempts: integer('attempts').notNull(),
    notBefore: integer('not_before').notNull(),
    lastError: text('last_error').notNull(),
    /** Set after the last attempt: the sync stops trying; opening the activity tries once more. */
    gaveUpAt: integer('gave_up_at'),
  },
  (table) => [primaryKey({ columns: [table.activityId, table.kind] })],
)

/** Ids seen by the running full listing, so a resumed listing still knows what it saw. */
export const listingSeen = sqliteTable('listing_seen', {
  activityId: integer('activity_id', { mode: 'number' }).primaryKey(),
})

/** Problems the sync skipped over, shown to the user instead of failing the whole run. */
export const syncWarnings = sqliteTable('sync_warnings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at').notNull(),
  activityId: integer('activity_id', { mode: 'number' }),
  kind: text('kind').notNull(),
  message: text('message').notNull(),
})
