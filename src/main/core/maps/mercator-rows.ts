/**
 * Zoom-20 world pixel rows of a track's latitudes, exactly the rows flooring mercatorY gives, in
 * a fraction of its time. mercatorY takes a tangent and an inverse hyperbolic sine, about 50 ns a
 * point and the largest cost of preparing a track; but a GPS track's next latitude is metres from
 * the last, and near a latitude computed exactly (the anchor) a cubic Taylor step is within
 * 1e-8 px. A row that lands within GUARD of a pixel edge is computed exactly instead, so no point
 * ever changes pixel.
 */
import { DEG_TO_RAD } from './geo'
import { mercatorY, TILE_SIZE } from './tile-math'

/** The zoom of the integer world-pixel grid tracks are stored on. */
export const HEAT_WORLD_ZOOM = 20

/** Pixels a side of the zoom-20 world. */
export const WORLD_PIXELS = TILE_SIZE * 2 ** HEAT_WORLD_ZOOM

/** A Mercator fraction as a world pixel; the formula may stray a hair outside [0, 1). */
export function worldPixelOf(fraction: number): number {
  const pixel = Math.floor(fraction * WORLD_PIXELS)
  return pixel < 0 ? 0 : pixel >= WORLD_PIXELS ? WORLD_PIXELS - 1 : pixel
}

/**
 * How far from its anchor a latitude is stepped, in degrees (about 220 m), and up to which
 * latitude. There the fourth-order remainder, WORLD/2π · g''''(φ) · δ⁴/24 with g = asinh∘tan and
 * g'''' = sec·tan·(5 + 6 tan²), stays below 4e-9 px; beyond 75° every row is computed exactly.
 */
const REACH = 0.002
const STEPPED_LATITUDE = 75
/** Far more than the double rounding of either way (about 3e-8 px at 2^28). */
const GUARD = 1e-6

/** Pixels per radian of mercatorY's slope, with its sign (y grows southward). */
const SCALE = -WORLD_PIXELS / (2 * Math.PI)

export class MercatorRows {
  private anchor = Number.NaN
  private base = 0
  private c1 = 0
  private c2 = 0
  private c3 = 0

  /** The floored zoom-20 row of a latitude: worldPixelOf(mercatorY(lat)). */
  row(lat: number): number {
    const d = lat - this.anchor
    if (!(Math.abs(d) <= REACH)) return this.anchorAt(lat)
    const y = this.base + d * (this.c1 + d * (this.c2 + d * this.c3))
    const floor = Math.floor(y)
    const fraction = y - floor
    if (fraction < GUARD || fraction > 1 - GUARD) return worldPixelOf(mercatorY(lat))
    return floor
  }

  private anchorAt(lat: number): number {
    const fraction = mercatorY(lat)
    if (Math.abs(lat) <= STEPPED_LATITUDE) {
      const phi = lat * DEG_TO_RAD
      const sec = 1 / Math.cos(phi)
      const tan = Math.tan(phi)
      this.anchor = lat
      this.base = fraction * WORLD_PIXELS
      this.c1 = SCALE * sec * DEG_TO_RAD
      this.c2 = ((SCALE * sec * tan) / 2) * DEG_TO_RAD ** 2
      this.c3 = ((SCALE * sec * (1 + 2 * tan * tan)) / 6) * DEG_TO_RAD ** 3
    } else {
      this.anchor = Number.NaN
    }
    return worldPixelOf(fraction)
  }
}
