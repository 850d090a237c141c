import { sql } from 'drizzle-orm'
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'
import { SEXES, THRESHOLD_KINDS } from '../../../shared/lab-thresholds'

/** Small key/value facts about this library (passphrase salt, preferences). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

/** The user's own Strava API application. The secret is stored only as ciphertext. */
export const credentials = sqliteTable('credentials', {
  id: integer('id').primaryKey(),
  clientId: text('client_id').notNull(),
  clientSecretCiphertext: blob('client_secret_ciphertext', { mode: 'buffer' }),
  cipherKind: text('cipher_kind'),
  updatedAt: integer('updated_at').notNull(),
})

/**
 * The single connection to Strava. Tokens are ciphertext; `tokenGeneration` grows with every
 * stored refresh so a process can tell that another one refreshed meanwhile, and the lease
 * columns make sure only one process at a time spends the refresh token.
 */
export const connection = sqliteTable('connection', {
  id: integer('id').primaryKey(),
  state: text('state', { enum: ['connected', 'reconnect_required'] }).notNull(),
  reconnectReason: text('reconnect_reason'),
  athleteId: integer('athlete_id', { mode: 'number' }).notNull(),
  athleteJson: text('athlete_json').notNull(),
  grantedScope: text('granted_scope').notNull(),
  cipherKind: text('cipher_kind'),
  accessTokenCiphertext: blob('access_token_ciphertext', { mode: 'buffer' }),
  refreshTokenCiphertext: blob('refresh_token_ciphertext', { mode: 'buffer' }),
  accessTokenExpiresAt: integer('access_token_expires_at'),
  tokenGeneration: integer('token_generation').notNull().default(0),
  refreshLeaseOwner: text('refresh_lease_owner'),
  refreshLeaseUntil: integer('refresh_lease_until'),
  connectedAt: integer('connected_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
})

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

/**
 * Every change to an activity or its stored streams, in order: triggers (migration 0011) add a
 * row on each insert, update and delete, whoever writes. Derived figures and the maps' caches ask
 * what changed since they last looked instead of checking every activity of the library.
 */
export const activityChanges = sqliteTable('activity_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  /** No foreign key: a deleted activity's change is the one that must be seen. */
  activityId: integer('activity_id', { mode: 'number' }).notNull(),
})

/**
 * How far each kind of derived figures has followed `activity_changes`: every change up to
 * `throughChange` is reflected, for this algorithm `version` and the `fingerprint` of what lies
 * outside the activities (thresholds, zone models). Another version or fingerprint means a full
 * check of the library.
 */
export const derivationProgress = sqliteTable('derivation_progress', {
  kind: text('kind').primaryKey(),
  version: integer('version').notNull(),
  fingerprint: text('fingerprint').notNull(),
  throughChange: integer('through_change').notNull(),
})

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

/**
 * Which figures derived from an activity (stress scores, curves, map tiles…) are up to date: per
 * kind, the algorithm version and a key of the inputs (thresholds in force, the streams' fetch
 * time) they were computed from. A row that no longer matches means "compute again".
 */
export const derivations = sqliteTable(
  'derivations',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    inputs: text('inputs').notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  // Activity first: deleting an activity finds its rows through the key.
  (table) => [primaryKey({ columns: [table.activityId, table.kind] })],
)

// --- Your history without the API (issue 16): device files, watched folders, re-imports ---

/**
 * Every device file already read, by content (size and SHA-256 of its bytes as stored), so that
 * importing it again, under any name, is answered without parsing it. `activityCount` is how
 * many activities it gave (0 with `skipReason` when it gave none); `path`, `size` and `mtimeMs`
 * of where it was last seen let a watched folder's rescan skip even the hashing.
 */
export const importedFiles = sqliteTable(
  'imported_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    path: text('path').notNull(),
    mtimeMs: integer('mtime_ms').notNull(),
    activityCount: integer('activity_count').notNull(),
    skipReason: text('skip_reason'),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [
    uniqueIndex('imported_files_content_idx').on(table.size, table.sha256),
    index('imported_files_path_idx').on(table.path),
  ],
)

/** Folders whose new device files are imported on launch and while the app runs. */
export const watchedFolders = sqliteTable('watched_folders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  path: text('path').notNull().unique(),
  addedAt: integer('added_at').notNull(),
  lastScanAt: integer('last_scan_at'),
  /** Activities it brought in since it was added. */
  activitiesAdded: integer('activities_added').notNull().default(0),
  /** Why the last scan could not read the folder (missing, not allowed), or null. */
  lastError: text('last_error'),
})

// ---------------------------------------------------------------------------------------------
// The performance lab (issue 17).
// Per-activity results, written by the 'lab' deriver (core/lab/derive/) from each activity's
// streams, as rows the lab's queries reach through indexes: nothing is decoded at query time.
// Each row repeats the activity's sport type and local day (days since 1970-01-01,
// lab/calendar-day.ts), which are part of the derivation's inputs, so a changed activity is
// analysed again. Then the athlete's own settings: dated thresholds, zone models, gear.
// ---------------------------------------------------------------------------------------------

/** One row per analysed activity: its day, its stress score and how it was found. */
export const labActivities = sqliteTable(
  'lab_activities',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .primaryKey()
      .references(() => activities.id, { onDelete: 'cascade' }),
    day: integer('day').notNull(),
    sportType: text('sport_type').notNull(),
    /** The stress score; 0 when unscored. */
    stress: real('stress').notNull(),
    stressMethod: text('stress_method', {
      enum: ['power', 'heartrate', 'pace', 'unscored'],
    }).notNull(),
    /** The whole StressScore (inputs, explanation, what was missing), for the screens. */
    stressJson: text('stress_json').notNull(),
    /** The highest heart rate held for 5 s (lab/estimates.ts), for the maximum-HR estimate. */
    sustainedMaxHr: real('sustained_max_hr'),
  },
  (table) => [
    // Covering: the fitness series sums stress per day without reading the rows.
    index('lab_activities_day_idx').on(
      table.day,
      table.stress,
      table.stressMethod,
      table.activityId,
    ),
    index('lab_activities_sport_day_idx').on(table.sportType, table.day),
  ],
)

/** Each activity's mean-maximal values (lab/mean-max.ts) per stream and duration. */
export const labMeanMax = sqliteTable(
  'lab_mean_max',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    stream: text('stream', { enum: ['watts', 'heartrate', 'velocity_smooth'] }).notNull(),
    sportType: text('sport_type').notNull(),
    day: integer('day').notNull(),
    seconds: integer('seconds').notNull(),
    value: real('value').notNull(),
    /** Second of the activity where the best window starts. */
    startOffset: integer('start_offset').notNull(),
  },
  (table) => [
    // A curve point is one seek per sport type and duration: the best value comes first, the
    // earliest activity first among equals. Periods scan from the best down to their first row.
    index('lab_mean_max_best_idx').on(
      table.stream,
      table.sportType,
      table.seconds,
      sql`${table.value} DESC`,
      table.day,
      table.activityId,
    ),
    index('lab_mean_max_activity_idx').on(table.activityId),
  ],
)

/** Each activity's fastest time over every standard distance it covers (lab/best-efforts.ts). */
export const labBestEfforts = sqliteTable(
  'lab_best_efforts',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    sportType: text('sport_type').notNull(),
    day: integer('day').notNull(),
    /** Metres. */
    distance: real('distance').notNull(),
    seconds: real('seconds').notNull(),
    /** Seconds into the activity where the effort starts and ends. */
    startOffset: real('start_offset').notNull(),
    endOffset: real('end_offset').notNull(),
  },
  (table) => [
    index('lab_best_efforts_fastest_idx').on(
      table.sportType,
      table.distance,
      table.seconds,
      table.day,
      table.activityId,
    ),
    index('lab_best_efforts_activity_idx').on(table.activityId),
  ],
)

/** Moving seconds per zone of each activity, per basis (heart rate, power, pace). */
export const labZoneTimes = sqliteTable(
  'lab_zone_times',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    basis: text('basis', { enum: ['heartrate', 'power', 'pace'] }).notNull(),
    /** The zone model's name and its threshold when computed (bpm, W, s/km). */
    model: text('model').notNull(),
    threshold: real('threshold').notNull(),
    /** 0 is the model's first zone. */
    zone: integer('zone').notNull(),
    seconds: integer('seconds').notNull(),
  },
  (table) => [index('lab_zone_times_activity_idx').on(table.activityId, table.basis)],
)

/**
 * The athlete's dated thresholds: a value applies from its day until the next value of the same
 * kind. Changed only by the user (Settings, `trailkeep athlete set`), never by an estimate.
 */
export const athleteThresholds = sqliteTable(
  'athlete_thresholds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: THRESHOLD_KINDS }).notNull(),
    /** YYYY-MM-DD. */
    fromDay: text('from_day').notNull(),
    /** W, bpm, s/km or s/100 m; null for `sex`. */
    value: real('value'),
    sex: text('sex', { enum: SEXES }),
    updatedAt: integer('updated_at').notNull(),
  },
  // One value per kind and day: setting it again corrects it.
  (table) => [uniqueIndex('athlete_thresholds_kind_day_idx').on(table.kind, table.fromDay)],
)

/** Zone models the user chose or edited, by slot (lab/zone-slots.ts); absent: the default. */
export const zoneModels = sqliteTable('zone_models', {
  slot: text('slot').primaryKey(),
  modelJson: text('model_json').notNull(),
  updatedAt: integer('updated_at').notNull(),
})

/** What the user set for a bike or a pair of shoes, by Strava's gear id. */
export const gearSettings = sqliteTable('gear_settings', {
  gearId: text('gear_id').primaryKey(),
  /** Metres after which the gear should be retired; null: no warning. */
  retireDistance: real('retire_distance'),
  updatedAt: integer('updated_at').notNull(),
})

// --- The map explorer (issue 18): derived track data, privacy zones, map settings ---

/**
 * What the map explorer keeps of one activity's GPS track, derived from its stored streams
 * (maps/map-deriver.ts) so the heatmap, explorer tiles and same-route search never decode
 * streams again. An activity without positions has a row with nulls (it was looked at).
 */
export const activityMaps = sqliteTable(
  'activity_maps',
  {
    activityId: integer('activity_id', { mode: 'number' })
      .primaryKey()
      .references(() => activities.id, { onDelete: 'cascade' }),
    /**
     * The heat track without its finest level (activity_heat_tracks has it whole): what tiles up
     * to zoom 14 draw, a fifth of the bytes; null without GPS.
     */
    heatCoarse: blob('heat_coarse', { mode: 'buffer' }),
    /** Distinct zoom-14 and zoom-17 tile keys of the recorded points, Float64 little-endian. */
    tiles14: blob('tiles14', { mode: 'buffer' }),
    tiles17: blob('tiles17', { mode: 'buffer' }),
    /** The same-route summary (maps/route-summary.ts); null without GPS. */
    startLat: real('start_lat'),
    startLon: real('start_lon'),
    endLat: real('end_lat'),
    endLon: real('end_lon'),
    south: real('south'),
    north: real('north'),
    west: real('west'),
    east: real('east'),
    /** Metres: the activity's distance when the row was made. */
    distance: real('distance').notNull(),
    /** Grows with every write, so caches can pick up only what changed. */
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    // Same-route candidates: starts within a small latitude band first.
    index('activity_maps_start_idx').on(table.startLat, table.startLon),
    index('activity_maps_updated_idx').on(table.updatedAt),
  ],
)

/**
 * Each activity's whole prepared heat track (maps/heat-track-codec.ts): what tiles beyond zoom 14
 * and the same-route comparison read. Apart from activity_maps, so that reading the explorer
 * tiles or the coarse levels of 50,000 activities never walks these bytes.
 */
export const activityHeatTracks = sqliteTable('activity_heat_tracks', {
  activityId: integer('activity_id', { mode: 'number' })
    .primaryKey()
    .references(() => activities.id, { onDelete: 'cascade' }),
  track: blob('track', { mode: 'buffer' }).notNull(),
})

/** Circles whose points never leave the app in an export or a shared picture. */
export const privacyZones = sqliteTable('privacy_zones', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  lat: real('lat').notNull(),
  lon: real('lon').notNull(),
  /** Metres. */
  radius: real('radius').notNull(),
  createdAt: integer('created_at').notNull(),
})

/** The map's settings: one row (id 1). */
export const mapSettings = sqliteTable('map_settings', {
  id: integer('id').primaryKey(),
  /** The user's PMTiles base map, chosen through the file dialog; null for none. */
  baseMapPath: text('base_map_path'),
  /** The user opted in to OpenStreetMap's online tiles where no base map file is set. */
  onlineTiles: integer('online_tiles', { mode: 'boolean' }).notNull().default(false),
  updatedAt: integer('updated_at').notNull(),
})
