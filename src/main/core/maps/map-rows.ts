/** Reads of `activity_maps` joined with the activities they belong to. */
import type { AppDb } from '../db/open-database'
import { statementFor } from '../db/reused-statements'
import { latestChange } from '../derived/activity-changes'
import { filterKey, filterSql, type MapFilter } from './map-filter'
import type { RouteSummary } from './route-summary'
import { idChunks, placeholders } from '../db/id-chunks'

/**
 * `NOT IN` this: a live activity. Read through the library index (the deleted are few) instead of
 * a lookup in `activities` for each of 50,000 map rows.
 */
const DELETED_IDS = 'SELECT id FROM activities WHERE deleted_at IS NOT NULL'

/** The column of tile keys at `zoom` in `activity_maps m`. */
const tilesColumn = (zoom: 14 | 17) => (zoom === 14 ? 'm.tiles14' : 'm.tiles17')

export interface HeatRow {
  id: number
  heat: Buffer
}

/**
 * Live activities' prepared heat tracks (whole, or without their finest level) in activity id
 * order, the next `limit` after id `after`: a library is read a page at a time, so the app stays
 * responsive while 50,000 tracks load. The deleted ones are left out (DELETED_IDS).
 */
export function heatRowsAfter(db: AppDb, coarse: boolean, after: number, limit: number): HeatRow[] {
  const query = coarse
    ? `SELECT activity_id AS id, heat_coarse AS heat FROM activity_maps
       WHERE activity_id > ? AND heat_coarse IS NOT NULL AND activity_id NOT IN (${DELETED_IDS})
       ORDER BY activity_id LIMIT ?`
    : `SELECT activity_id AS id, track AS heat FROM activity_heat_tracks
       WHERE activity_id > ? AND activity_id NOT IN (${DELETED_IDS}) ORDER BY activity_id LIMIT ?`
  return statementFor(db, query).all(after, limit) as HeatRow[]
}

export interface TileRow {
  id: number
  startDate: number
  startDateLocal: string
  tiles: Buffer | null
  updatedAt: number
}

/** Each shown activity's tile keys at `zoom`, oldest first. */
export function tileRows(db: AppDb, zoom: 14 | 17, filter: MapFilter): TileRow[] {
  const { where, params } = filterSql(filter)
  const column = tilesColumn(zoom)
  return statementFor(
    db,
    `SELECT m.activity_id AS id, a.start_date AS startDate, a.start_date_local AS startDateLocal,
            ${column} AS tiles, m.updated_at AS updatedAt
     FROM activity_maps m JOIN activities a ON a.id = m.activity_id
     WHERE ${column} IS NOT NULL AND ${where}
     ORDER BY a.start_date, a.id`,
  ).all(...params) as TileRow[]
}

/**
 * Each shown activity's id and tile keys at `zoom`, in no particular order: what a count of the
 * whole set needs. Showing everything, it reads the map rows alone (the deleted left out as
 * DELETED_IDS says) instead of looking up 50,000 activities.
 */
export function shownTileKeys(
  db: AppDb,
  zoom: 14 | 17,
  filter: MapFilter,
): { id: number; tiles: Buffer }[] {
  const column = tilesColumn(zoom)
  if (filterKey(filter) === filterKey({})) {
    return statementFor(
      db,
      `SELECT m.activity_id AS id, ${column} AS tiles FROM activity_maps m
       WHERE ${column} IS NOT NULL
         AND m.activity_id NOT IN (${DELETED_IDS})`,
    ).all() as { id: number; tiles: Buffer }[]
  }
  const { where, params } = filterSql(filter)
  return statementFor(
    db,
    `SELECT m.activity_id AS id, ${column} AS tiles
     FROM activity_maps m JOIN activities a ON a.id = m.activity_id
     WHERE ${column} IS NOT NULL AND ${where}`,
  ).all(...params) as { id: number; tiles: Buffer }[]
}

/** The newest generation written to `activity_maps` (0 for none): a lookup in its index. */
export function newestMapWrite(db: AppDb): number {
  return statementFor(db, 'SELECT COALESCE(MAX(updated_at), 0) FROM activity_maps')
    .pluck(true)
    .get() as number
}

/** The activities whose map row was written after generation `after`. */
export function mapRowsWrittenAfter(db: AppDb, after: number): number[] {
  return statementFor(db, 'SELECT activity_id FROM activity_maps WHERE updated_at > ?')
    .pluck(true)
    .all(after) as number[]
}

/** Of the activities `ids`, those the filter shows that have tile keys at `zoom`, with them. */
export function tileRowsOf(
  db: AppDb,
  zoom: 14 | 17,
  filter: MapFilter,
  ids: readonly number[],
): TileRow[] {
  const { where, params } = filterSql(filter)
  const column = tilesColumn(zoom)
  const found: TileRow[] = []
  for (const chunk of idChunks(ids)) {
    const rows = statementFor(
      db,
      `SELECT m.activity_id AS id, a.start_date AS startDate,
              a.start_date_local AS startDateLocal, ${column} AS tiles, m.updated_at AS updatedAt
       FROM activity_maps m JOIN activities a ON a.id = m.activity_id
       WHERE m.activity_id IN (${placeholders(chunk.length)})
         AND ${column} IS NOT NULL AND ${where}`,
    ).all(...chunk, ...params) as TileRow[]
    found.push(...rows)
  }
  return found
}

/**
 * Names the library's map data as it is now: the newest map row and the latest change to any
 * activity (a deletion, a new sport), both lookups. Caches of whole-library figures key on it.
 */
export function mapsVersion(db: AppDb): string {
  return `${newestMapWrite(db)}:${latestChange(db)}`
}

interface RouteRow {
  id: number
  startLat: number
  startLon: number
  endLat: number
  endLon: number
  south: number
  north: number
  west: number
  east: number
  distance: number
}

function toSummary(row: RouteRow): RouteSummary {
  const { id, startLat, startLon, endLat, endLon, south, north, west, east, distance } = row
  return {
    id,
    start: [startLat, startLon],
    end: [endLat, endLon],
    distance,
    south,
    north,
    west,
    east,
  }
}

const ROUTE_COLUMNS = `m.activity_id AS id, m.start_lat AS startLat, m.start_lon AS startLon,
  m.end_lat AS endLat, m.end_lon AS endLon, m.south, m.north, m.west, m.east, m.distance`

/** One live activity's route summary, or null without GPS (or not prepared yet). */
export function routeOf(db: AppDb, id: number): RouteSummary | null {
  const row = statementFor(
    db,
    `SELECT ${ROUTE_COLUMNS} FROM activity_maps m JOIN activities a ON a.id = m.activity_id
     WHERE m.activity_id = ? AND m.start_lat IS NOT NULL AND a.deleted_at IS NULL`,
  ).get(id) as RouteRow | undefined
  return row ? toSummary(row) : null
}

/**
 * Live activities starting within the latitude band and longitude range given (degrees): the
 * start index narrows 50,000 activities to the few near one start point.
 */
export function routesStartingNear(
  db: AppDb,
  band: { south: number; north: number; west: number; east: number },
): RouteSummary[] {
  const rows = statementFor(
    db,
    `SELECT ${ROUTE_COLUMNS} FROM activity_maps m JOIN activities a ON a.id = m.activity_id
     WHERE m.start_lat BETWEEN ? AND ? AND m.start_lon BETWEEN ? AND ? AND a.deleted_at IS NULL`,
  ).all(band.south, band.north, band.west, band.east) as RouteRow[]
  return rows.map(toSummary)
}

/** One activity's prepared heat track bytes, or null. */
export function heatTrackOf(db: AppDb, id: number): Buffer | null {
  const row = statementFor(
    db,
    `SELECT track AS heat FROM activity_heat_tracks WHERE activity_id = ?`,
  ).get(id) as { heat: Buffer | null } | undefined
  return row?.heat ?? null
}

/**
 * Where the filter's activities mostly are: round the 1° cell holding the most starts (a trip
 * abroad does not zoom the map out to the whole world), the box of the starts near it between
 * their 5th and 95th percentiles, grown by half the median activity's extent; null without any.
 */
export function overviewBox(
  db: AppDb,
  filter: MapFilter,
): { west: number; south: number; east: number; north: number } | null {
  const { where, params } = filterSql(filter)
  const rows = statementFor(
    db,
    `SELECT m.start_lat AS lat, m.start_lon AS lon, m.north - m.south AS height, m.east - m.west AS width
     FROM activity_maps m JOIN activities a ON a.id = m.activity_id
     WHERE m.start_lat IS NOT NULL AND ${where}`,
  ).all(...params) as { lat: number; lon: number; height: number; width: number }[]
  if (rows.length === 0) return null
  const cells = new Map<string, number>()
  let busiest = ''
  for (const r of rows) {
    const key = `${Math.floor(r.lat)},${Math.floor(r.lon)}`
    const count = (cells.get(key) ?? 0) + 1
    cells.set(key, count)
    if (count > (cells.get(busiest) ?? 0)) busiest = key
  }
  const [cellLat, cellLon] = busiest.split(',').map(Number) as [number, number]
  const near = rows.filter(
    (r) => Math.abs(r.lat - cellLat - 0.5) <= 1.5 && Math.abs(r.lon - cellLon - 0.5) <= 1.5,
  )
  const at = (values: number[], q: number) =>
    values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0
  const lats = near.map((r) => r.lat)
  const lons = near.map((r) => r.lon)
  const padLat =
    at(
      near.map((r) => r.height),
      0.5,
    ) / 2
  const padLon =
    at(
      near.map((r) => r.width),
      0.5,
    ) / 2
  return {
    south: Math.max(-85, at(lats, 0.05) - padLat),
    north: Math.min(85, at(lats, 0.95) + padLat),
    west: Math.max(-180, at(lons, 0.05) - padLon),
    east: Math.min(180, at(lons, 0.95) + padLon),
  }
}
