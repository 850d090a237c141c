/**
 * Keeps `activity_maps` current: one row per activity, computed in the worker pool from the
 * stored streams whenever they change (derived/derive-runner.ts).
 */
import type { Deriver } from '../derived/deriver'
import { placeholders } from '../db/id-chunks'
import { statementFor } from '../db/reused-statements'
import { HEAT_TRACK_FORMAT } from './heat-track-codec'

/** Raise with any change to what prepareMapTrack stores. */
const VERSION = 3

const COLUMNS = [
  'heat_coarse',
  'tiles14',
  'tiles17',
  'start_lat',
  'start_lon',
  'end_lat',
  'end_lon',
  'south',
  'north',
  'west',
  'east',
  'distance',
]

// updated_at is a generation, not a time: every write is newer than every earlier one (caches
// rely on it), and the index on it makes the MAX a lookup.
const UPSERT = `INSERT INTO activity_maps (activity_id, ${COLUMNS.join(', ')}, updated_at)
  VALUES (?, ${placeholders(COLUMNS.length)},
    (SELECT COALESCE(MAX(updated_at), 0) + 1 FROM activity_maps))
  ON CONFLICT (activity_id) DO UPDATE SET
  ${[...COLUMNS, 'updated_at'].map((c) => `${c} = excluded.${c}`).join(', ')}`

const UPSERT_HEAT_TRACK = `INSERT INTO activity_heat_tracks (activity_id, track) VALUES (?, ?)
  ON CONFLICT (activity_id) DO UPDATE SET track = excluded.track`
const DELETE_HEAT_TRACK = 'DELETE FROM activity_heat_tracks WHERE activity_id = ?'

const blob = (bytes: Uint8Array | null) =>
  bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null

export const mapDeriver: Deriver<'mapTrack'> = {
  kind: 'maps',
  version: VERSION * 100 + HEAT_TRACK_FORMAT,
  task: 'mapTrack',
  // The distance goes into the route summary; the streams' fetch time is added by the runner.
  inputsOf: (subject) => `distance:${subject.distance}`,
  inputFor: (subject, streams) => ({ id: subject.id, streams, distance: subject.distance }),
  store(db, subject, output) {
    const route = output.route
    statementFor(db, UPSERT).run(
      subject.id,
      blob(output.heatCoarse),
      blob(output.tiles14),
      blob(output.tiles17),
      route?.start[0] ?? null,
      route?.start[1] ?? null,
      route?.end[0] ?? null,
      route?.end[1] ?? null,
      route?.south ?? null,
      route?.north ?? null,
      route?.west ?? null,
      route?.east ?? null,
      output.distance,
    )
    if (output.heatTrack)
      statementFor(db, UPSERT_HEAT_TRACK).run(subject.id, blob(output.heatTrack))
    else statementFor(db, DELETE_HEAT_TRACK).run(subject.id)
  },
}
