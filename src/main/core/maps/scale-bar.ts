/**
 * The map's scale bar: ground metres per screen pixel on a Web-Mercator map, and the longest
 * round length (1, 2 or 5 × 10^k of a unit) whose bar fits in the room given.
 */
import { DEG_TO_RAD } from './geo'
import { TILE_SIZE } from './tile-math'

/** The sphere Web Mercator projects (WGS84's semi-major axis), which sets its scale. */
export const WEB_MERCATOR_RADIUS_M = 6_378_137

const METRES_PER_FOOT = 0.3048
const FEET_PER_MILE = 5280

/** Metric bars read m / km; imperial ft / mi. */
export type UnitSystem = 'metric' | 'imperial'

/** What to draw: a bar `pixels` wide labelled `label`. */
export interface ScaleBar {
  /** Width of the bar in pixels (at most the room given). */
  pixels: number
  /** The round length the bar stands for, in `unit`. */
  length: number
  unit: 'm' | 'km' | 'ft' | 'mi'
  /** e.g. "500 m", "2 km", "1 mi". */
  label: string
  metres: number
}

/** Ground metres one pixel covers at a latitude and zoom (256-pixel tiles unless told). */
export function metresPerPixel(lat: number, zoom: number, tileSize = TILE_SIZE): number {
  return (2 * Math.PI * WEB_MERCATOR_RADIUS_M * Math.cos(lat * DEG_TO_RAD)) / (tileSize * 2 ** zoom)
}

/** The largest 1, 2 or 5 × 10^k not above `value` (value > 0). */
export function roundLengthBelow(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [5, 2, 1].find((m) => m * power <= value * (1 + 1e-12)) ?? 1
  return Number((step * power).toPrecision(12))
}

/** The scale bar for a map at `lat` and `zoom` with at most `maxPixels` of room. */
export function scaleBar(
  lat: number,
  zoom: number,
  maxPixels: number,
  units: UnitSystem = 'metric',
): ScaleBar {
  const perPixel = metresPerPixel(lat, zoom)
  const room = maxPixels * perPixel
  const [unit, unitMetres] = pickUnit(room, units)
  const length = roundLengthBelow(room / unitMetres)
  const metres = length * unitMetres
  return { pixels: Math.round(metres / perPixel), length, unit, label: `${length} ${unit}`, metres }
}

function pickUnit(roomMetres: number, units: UnitSystem): [ScaleBar['unit'], number] {
  if (units === 'metric') return roomMetres >= 1000 ? ['km', 1000] : ['m', 1]
  const mile = METRES_PER_FOOT * FEET_PER_MILE
  return roomMetres >= mile ? ['mi', mile] : ['ft', METRES_PER_FOOT]
}
