import { sql } from 'drizzle-orm'
import { blob, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'

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

/** Activity summaries as Strava listed them, typed columns next to the raw JSON. */
export const activities = sqliteTable(
  'activities',
  {
    id: integer('id', { mode: 'number' }).primaryKey(),
    athleteId: integer('athlete_id', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
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
    summaryJson: text('summary_json').notNull(),
    detailJson: text('detail_json'),
    firstSeenAt: integer('first_seen_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (table) => [
    index('activities_start_date_idx').on(table.startDate),
    index('activities_live_start_date_idx')
      .on(table.startDate)
      .where(sql`${table.deletedAt} IS NULL`),
    index('activities_sport_start_idx').on(table.sportType, table.startDate),
  ],
)
