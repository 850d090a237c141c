/** The map explorer (issue 18): derived track data, privacy zones, map settings. */
import { blob, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { activities } from './library'

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
