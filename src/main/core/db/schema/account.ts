/** The connection to Strava and this library's own settings. */
import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

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
