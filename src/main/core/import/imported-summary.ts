/**
 * An activity created from a row of the export's activities.csv, in the shape Strava's API
 * gives summaries, marked with its source. The export's dates are UTC and it has no time zone,
 * so the "local" start is the UTC one until the API lists the activity.
 */
import type { activities } from '../db/schema'
import { nameColumns } from '../db/search-text'
import type { ExportRow } from './export-csv'
import type { StagedStreams } from './import-staging'

export type ImportedSummary = Omit<
  typeof activities.$inferInsert,
  'streamsState' | 'firstSeenAt' | 'updatedAt'
> & { startDate: number }

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Null when neither the row nor a track says when the activity started. */
export function buildImportedSummary(
  row: ExportRow,
  streams: StagedStreams | undefined,
  athleteId: number,
): ImportedSummary | null {
  const startMs = row.startMs ?? streams?.startMs ?? null
  if (startMs === null) return null
  const start = isoSeconds(startMs)
  const elapsed = Math.max(0, Math.round(row.elapsedTime ?? row.movingTime ?? 0))
  const moving = Math.max(0, Math.round(row.movingTime ?? elapsed))
  const distance = Math.max(0, row.distance ?? 0)
  const manual = row.filename === null
  const hasHeartrate =
    row.maxHeartrate !== null || streams?.keys.split(',').includes('heartrate') === true
  const summary = {
    id: row.id,
    name: row.name,
    sport_type: row.sportType,
    type: row.sportType,
    start_date: start,
    start_date_local: start,
    timezone: null,
    distance,
    moving_time: moving,
    elapsed_time: elapsed,
    total_elevation_gain: row.elevationGain ?? 0,
    manual,
    commute: row.commute ?? false,
    has_heartrate: hasHeartrate,
    max_heartrate: row.maxHeartrate ?? undefined,
    average_heartrate: row.averageHeartrate ?? undefined,
    average_speed: moving > 0 ? Math.round((distance / moving) * 1000) / 1000 : 0,
    description: row.description,
    athlete: { id: athleteId },
    trailkeep_source: 'strava_bulk_export',
  }
  return {
    id: row.id,
    athleteId,
    ...nameColumns(row.name),
    sportType: row.sportType,
    startDate: Math.floor(startMs / 1000),
    startDateLocal: start,
    timezone: null,
    distance,
    movingTime: moving,
    elapsedTime: elapsed,
    totalElevationGain: summary.total_elevation_gain,
    isManual: manual,
    hasHeartrate,
    averageSpeed: summary.average_speed,
    summaryJson: JSON.stringify(summary),
    source: 'bulk_export',
  }
}
