/**
 * Which pixels of a map tile a privacy zone touches: a pixel is left out of a shared picture when
 * any part of it may lie within a zone (its centre within the radius plus half its diagonal), so
 * no drawn pixel can hold a point inside a zone.
 */
import { haversineMetres } from './geo'
import type { PrivacyZone } from './privacy-zones'
import { metresPerPixel } from './scale-bar'
import { latitudeOf, TILE_SIZE } from './tile-math'

/** 1 for each pixel of tile (z, x, y) to leave out (row-major), or null when none is. */
export function zoneMask(
  zones: readonly PrivacyZone[],
  z: number,
  x: number,
  y: number,
): Uint8Array | null {
  if (zones.length === 0) return null
  const world = TILE_SIZE * 2 ** z
  const mask = new Uint8Array(TILE_SIZE * TILE_SIZE)
  let any = false
  for (let row = 0; row < TILE_SIZE; row++) {
    const lat = latitudeOf((y * TILE_SIZE + row + 0.5) / world)
    const halfDiagonal = (metresPerPixel(lat, z) * Math.SQRT2) / 2
    for (const zone of zones) {
      const reach = zone.radius + halfDiagonal
      // Rows far from the zone in latitude cannot touch it.
      if (haversineMetres(lat, zone.lon, zone.lat, zone.lon) > reach) continue
      for (let column = 0; column < TILE_SIZE; column++) {
        const lon = ((x * TILE_SIZE + column + 0.5) / world) * 360 - 180
        if (haversineMetres(lat, lon, zone.lat, zone.lon) <= reach) {
          mask[row * TILE_SIZE + column] = 1
          any = true
        }
      }
    }
  }
  return any ? mask : null
}
