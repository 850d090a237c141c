/** Plain data of the map explorer, for screens and the command line. */
import { z } from 'zod'
import type { ActivityListItemDto } from './library-dto'

const year = z.number().int().min(1900).max(2200)

/** Which activities a map shows: sport types (exact) and local calendar years, inclusive. */
export const mapFilterSchema = z
  .object({
    sportTypes: z.array(z.string().min(1).max(100)).max(50).optional(),
    fromYear: year.optional(),
    toYear: year.optional(),
  })
  .strict()
export type MapFilterDto = z.infer<typeof mapFilterSchema>

export const EXPLORER_ZOOMS = [14, 17] as const
export type ExplorerZoomDto = (typeof EXPLORER_ZOOMS)[number]

/** The contract's `tiles --json` figures plus what the map draws. */
export interface ExplorerStatsDto {
  zoom: ExplorerZoomDto
  visited: number
  maxSquare: number
  maxCluster: number
  /** The max square's corners in degrees, or null when nothing is visited. */
  square: { west: number; south: number; east: number; north: number } | null
}

/** One point of the explorer's progress chart: the totals after the day's activities. */
export interface ExplorerProgressPointDto {
  /** YYYY-MM-DD, the local day of the last activity counted. */
  date: string
  visited: number
  maxSquare: number
  maxCluster: number
}

/** A box in degrees. */
export interface MapBoundsDto {
  west: number
  south: number
  east: number
  north: number
}

/** One tile's edges in degrees. */
export interface TileBoxDto {
  west: number
  south: number
  east: number
  north: number
}

/** The explorer tiles an activity visited, and those it was the first to visit. */
export interface ActivityTilesDto {
  zoom: ExplorerZoomDto
  visited: number
  /** Tiles no earlier activity visited. */
  newTiles: TileBoxDto[]
}

/** An activity on a map list (clicked spot, same route). */
export type MapActivityDto = Pick<
  ActivityListItemDto,
  | 'id'
  | 'name'
  | 'sportType'
  | 'startDate'
  | 'startDateLocal'
  | 'distance'
  | 'movingTime'
  | 'elapsedTime'
>

/** One activity's figures on a stretch of the route. */
export interface StretchRowDto extends MapActivityDto {
  /** Seconds from the stretch's first point to its last (elapsed, from the time stream). */
  seconds: number
  /** Metres along the activity's own distance stream. */
  metres: number
  /** Mean heart rate over the stretch, or null without a heart-rate stream. */
  heartrate: number | null
}

export interface StretchComparisonDto {
  /** The stretch as drawn on the activity the user chose, for the map. */
  path: [number, number][]
  rows: StretchRowDto[]
}

export interface PrivacyZoneDto {
  id: number
  lat: number
  lon: number
  /** Metres. */
  radius: number
}

export const privacyZoneInputSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    radius: z.number().min(10).max(10_000),
  })
  .strict()
export type PrivacyZoneInput = z.infer<typeof privacyZoneInputSchema>

export type BaseMapKind = 'raster' | 'vector'

/** The base map the user chose (a PMTiles file), as the page needs it to draw. */
export interface BaseMapDto {
  /** The file's name (never its folder). */
  name: string
  kind: BaseMapKind
  /** png, jpg, webp or mvt. */
  tileType: string
  minZoom: number
  maxZoom: number
  /** West, south, east, north. */
  bounds: [number, number, number, number]
  /** Changes when the user picks another file: part of the tile URLs, so caches start over. */
  key: string
}

export interface MapSettingsDto {
  baseMap: BaseMapDto | null
  onlineTiles: boolean
  /** The base map file could not be read (moved, deleted): the user should pick it again. */
  baseMapMissing: boolean
}

/** Bytes across the bridge (JSON in the web shell): base64. */
export interface MapBytesDto {
  base64: string
}
