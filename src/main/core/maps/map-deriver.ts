/**
 * Keeps `activity_maps` current: one row per activity, computed in the worker pool from the
 * stored streams whenever they change (derived/derive-runner.ts).
 */
import { sql } from 'drizzle-orm'
import type { Deriver } from '../derived/deriver'
import { activityMaps } from '../db/schema'
import { HEAT_TRACK_FORMAT } from './heat-track-codec'

/** Raise with any change to what prepareMapTrack stores. */
const VERSION = 2

export const mapDeriver: Deriver<'mapTrack'> = {
  kind: 'maps',
  version: VERSION * 100 + HEAT_TRACK_FORMAT,
  task: 'mapTrack',
  // The distance goes into the route summary; the streams' fetch time is added by the runner.
  inputsOf: (subject) => `distance:${subject.distance}`,
  inputFor: (subject, streams) => ({ id: subject.id, streams, distance: subject.distance }),
  store(tx, subject, output) {
    const route = output.route
    const row = {
      activityId: subject.id,
      heatTrack: output.heatTrack ? Buffer.from(output.heatTrack) : null,
      heatCoarse: output.heatCoarse ? Buffer.from(output.heatCoarse) : null,
      tiles14: output.tiles14 ? Buffer.from(output.tiles14) : null,
      tiles17: output.tiles17 ? Buffer.from(output.tiles17) : null,
      startLat: route?.start[0] ?? null,
      startLon: route?.start[1] ?? null,
      endLat: route?.end[0] ?? null,
      endLon: route?.end[1] ?? null,
      south: route?.south ?? null,
      north: route?.north ?? null,
      west: route?.west ?? null,
      east: route?.east ?? null,
      distance: output.distance,
      // A generation, not a time: every write is newer than every earlier one (caches rely on it).
      updatedAt: sql`(SELECT COALESCE(MAX(updated_at), 0) + 1 FROM activity_maps)`,
    }
    const { activityId: _id, ...changes } = row
    tx.insert(activityMaps)
      .values(row)
      .onConflictDoUpdate({ target: activityMaps.activityId, set: changes })
      .run()
  },
}
