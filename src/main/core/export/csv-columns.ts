/**
 * The summary CSV's columns, documented in docs/export-formats.md: units in the header names,
 * empty cells for unknown values, booleans as true/false, times in ISO 8601.
 */
import type { StoredActivity } from './stored-activities'
import { stravaUrl } from './gpx-writer'
import { isoTime } from './xml-text'

type Cell = string | number | boolean | null
type Json = Record<string, unknown>

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null
}

/** Detail first (it has more), then the summary. */
function field(a: StoredActivity, key: string): unknown {
  return a.detail?.[key] ?? a.summary[key]
}

/** Free text opened in a spreadsheet must not run as a formula: `=`, `+`, `-`, `@` get a `'`. */
export function neutralizeFormula(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? neutralizeFormula(value) : null
}

/** start_date_local without Strava's misleading `Z`. */
function wallClock(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})/.exec(local)
  return match ? (match[1] as string) : null
}

function gearName(a: StoredActivity): string | null {
  const gear = a.detail?.gear
  return typeof gear === 'object' && gear !== null ? text((gear as Json).name) : null
}

export const CSV_COLUMNS: readonly (readonly [string, (a: StoredActivity) => Cell])[] = [
  ['id', (a) => a.id],
  ['start_date_utc', (a) => isoTime(a.startDate * 1000)],
  ['start_date_local', (a) => wallClock(a.startDateLocal)],
  ['timezone', (a) => text(a.timezone)],
  ['name', (a) => neutralizeFormula(a.name)],
  ['sport_type', (a) => a.sportType],
  ['distance_m', (a) => a.distance],
  ['moving_time_s', (a) => a.movingTime],
  ['elapsed_time_s', (a) => a.elapsedTime],
  ['total_elevation_gain_m', (a) => a.totalElevationGain],
  ['elev_high_m', (a) => num(field(a, 'elev_high'))],
  ['elev_low_m', (a) => num(field(a, 'elev_low'))],
  ['average_speed_m_per_s', (a) => num(field(a, 'average_speed'))],
  ['max_speed_m_per_s', (a) => num(field(a, 'max_speed'))],
  ['average_heartrate_bpm', (a) => num(field(a, 'average_heartrate'))],
  ['max_heartrate_bpm', (a) => num(field(a, 'max_heartrate'))],
  ['average_cadence_rpm', (a) => num(field(a, 'average_cadence'))],
  ['average_watts_w', (a) => num(field(a, 'average_watts'))],
  ['kilojoules_kj', (a) => num(field(a, 'kilojoules'))],
  ['calories_kcal', (a) => num(a.detail?.calories)],
  ['private', (a) => a.isPrivate],
  ['manual', (a) => a.isManual],
  ['commute', (a) => bool(field(a, 'commute'))],
  ['trainer', (a) => bool(field(a, 'trainer'))],
  ['gear_id', (a) => text(field(a, 'gear_id'))],
  ['gear_name', gearName],
  ['device_name', (a) => text(a.detail?.device_name)],
  ['description', (a) => text(a.detail?.description)],
  ['has_streams', (a) => a.streamsState === 'stored'],
  ['source', (a) => a.source],
  ['deleted_on_strava_utc', (a) => (a.deletedAt === null ? null : isoTime(a.deletedAt))],
  ['strava_url', (a) => stravaUrl(a.id)],
]

export function csvRow(activity: StoredActivity): Cell[] {
  return CSV_COLUMNS.map(([, value]) => value(activity))
}
