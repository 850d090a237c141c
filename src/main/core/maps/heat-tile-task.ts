/**
 * Heatmap rendering as worker tasks: tiles for the map, and a larger picture for sharing with
 * every pixel within a privacy zone left out.
 */
import { heatTilePng, packDensity } from './heatmap-raster'
import { HEAT_PALETTE, heatLevel } from './heat-palette'
import type { HeatPack } from './heat-pack'
import { encodeIndexedPng } from './png-encode'
import type { PrivacyZone } from './privacy-zones'
import { zoneMask } from './zone-mask'
import { TILE_SIZE } from './tile-math'

export interface HeatTileInput {
  pack: HeatPack
  members: Int32Array | null
  z: number
  x: number
  y: number
  saturation: number
}

/** One heatmap tile as PNG bytes. */
export function heatTileTask(input: HeatTileInput): Uint8Array {
  const density = packDensity(input.pack, input.members, input.z, input.x, input.y)
  return heatTilePng(density, input.saturation)
}

export interface HeatDensityInput {
  pack: HeatPack
  members: Int32Array | null
  z: number
  x: number
  y: number
  /** The part of the track list to draw: tracks from..to−1. */
  from: number
  to: number
}

/** The density of part of a tile's tracks, to add to the other parts' (heat-density drawPack). */
export function heatDensityTask(input: HeatDensityInput): Float32Array {
  const part = { from: input.from, to: input.to }
  return packDensity(input.pack, input.members, input.z, input.x, input.y, part)
}

export interface HeatPictureInput {
  pack: HeatPack
  members: Int32Array | null
  zoom: number
  /** The tiles drawn: columns x0..x1, rows y0..y1 (inclusive). */
  x0: number
  y0: number
  x1: number
  y1: number
  saturation: number
  zones: PrivacyZone[]
}

export interface HeatPicture {
  png: Uint8Array
  width: number
  height: number
  /** Pixels with activity left out because they lie within a privacy zone. */
  hiddenPixels: number
}

/** The heatmap of a block of tiles as one PNG, privacy zones left blank. */
export function heatPictureTask(input: HeatPictureInput): HeatPicture {
  const columns = input.x1 - input.x0 + 1
  const rows = input.y1 - input.y0 + 1
  const width = columns * TILE_SIZE
  const height = rows * TILE_SIZE
  const indices = new Uint8Array(width * height)
  let hiddenPixels = 0
  for (let ty = 0; ty < rows; ty++) {
    for (let tx = 0; tx < columns; tx++) {
      const x = input.x0 + tx
      const y = input.y0 + ty
      const density = packDensity(input.pack, input.members, input.zoom, x, y)
      const hidden = zoneMask(input.zones, input.zoom, x, y)
      for (let p = 0; p < density.length; p++) {
        const count = density[p] ?? 0
        if (count === 0) continue
        if (hidden?.[p]) {
          hiddenPixels++
          continue
        }
        const row = ty * TILE_SIZE + (p >> 8)
        indices[row * width + tx * TILE_SIZE + (p & 255)] = heatLevel(count, input.saturation)
      }
    }
  }
  return {
    png: encodeIndexedPng(width, height, indices, HEAT_PALETTE, 6),
    width,
    height,
    hiddenPixels,
  }
}
