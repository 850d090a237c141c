/** What is derived from the activities, and what changed since: the change log and each kind's progress. */
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { activities } from './library'

/**
 * Every change to an activity or its stored streams, in order: triggers (migration 0011) log
 * updates and deletes of activities and every write to streams, whoever writes; the code that
 * adds activities logs them (derived/activity-changes.ts). Derived figures and the maps' caches
 * ask what changed since they last looked instead of checking every activity of the library.
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
