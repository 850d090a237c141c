/**
 * The performance lab (issue 17). Per-activity results, written by the 'lab' deriver
 * (core/lab/derive/) from each activity's streams, as rows the lab's queries reach through
 * indexes: nothing is decoded at query time. Each row repeats the activity's sport type and local
 * day (days since 1970-01-01, lab/calendar-day.ts), which are part of the derivation's inputs,
 * so a changed activity is analysed again. Then the athlete's own settings: dated thresholds,
 * zone models, gear.
 */
import { sql } from 'drizzle-orm'
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { SEXES, THRESHOLD_KINDS } from '../../../../shared/lab-thresholds'
import { activities } from './library'

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
