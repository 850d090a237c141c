/**
 * Explorer tiles drawn as map tiles: a 256 × 256 palette PNG for map tile (z, x, y) showing the
 * visited explorer tiles of zoom `zoom`, the max cluster in a second colour, the grid between
 * explorer tiles once they are big enough to tell apart, and the max square's outline.
 */
import type { TileSquare } from './max-square'
import { encodeIndexedPng } from './png-encode'
import { TILE_SIZE, tileInZoom, zoomKeyRange } from './tile-math'

const SIZE = TILE_SIZE
const VISITED = 1
const CLUSTER = 2
const GRID = 3
const SQUARE = 4

/** Transparent, visited (blue), cluster (violet), grid (deep blue), max square (red). */
const PALETTE = Uint8Array.from([
  0, 0, 0, 0, 37, 99, 235, 80, 124, 58, 237, 110, 30, 64, 175, 150, 220, 38, 38, 245,
])

export interface ExplorerLayer {
  zoom: number
  tiles: ReadonlySet<number>
  cluster: ReadonlySet<number>
  square: TileSquare | null
}

/** Map tile (z, x, y) of the explorer layer as PNG bytes. */
export function renderExplorerTile(layer: ExplorerLayer, z: number, x: number, y: number) {
  const pixels = new Uint8Array(SIZE * SIZE)
  const { zoom } = layer
  const n = 2 ** zoom
  const first = zoomKeyRange(zoom).first
  // Explorer tiles per map-tile side (a fraction when the map is zoomed in further).
  const across = 2 ** (zoom - z)
  const cell = SIZE / across
  const x0 = x * across
  const y0 = y * across
  const fill = (tx: number, ty: number, index: number) => {
    const left = Math.max(0, Math.floor((tx - x0) * cell))
    const top = Math.max(0, Math.floor((ty - y0) * cell))
    const right = Math.min(SIZE, Math.ceil((tx + 1 - x0) * cell))
    const bottom = Math.min(SIZE, Math.ceil((ty + 1 - y0) * cell))
    for (let py = top; py < bottom; py++) pixels.fill(index, py * SIZE + left, py * SIZE + right)
    if (cell >= 6) outline(pixels, left, top, right, bottom, GRID, 1)
  }
  const visit = (key: number) => {
    const { x: tx, y: ty } = tileInZoom(key, zoom)
    if (tx + 1 <= x0 || ty + 1 <= y0 || tx >= x0 + across || ty >= y0 + across) return
    fill(tx, ty, layer.cluster.has(key) ? CLUSTER : VISITED)
  }
  const span = Math.ceil(across)
  if (span * span <= layer.tiles.size) {
    const tx0 = Math.floor(x0)
    const ty0 = Math.floor(y0)
    for (let ty = ty0; ty < ty0 + span && ty < n; ty++) {
      for (let tx = tx0; tx < tx0 + span && tx < n; tx++) {
        const key = first + ty * n + tx
        if (layer.tiles.has(key)) visit(key)
      }
    }
  } else {
    for (const key of layer.tiles) visit(key)
  }
  const square = layer.square
  if (square) {
    const left = Math.round((square.x - x0) * cell)
    const top = Math.round((square.y - y0) * cell)
    const right = Math.round((square.x + square.size - x0) * cell)
    const bottom = Math.round((square.y + square.size - y0) * cell)
    outline(pixels, left, top, right, bottom, SQUARE, 3)
  }
  return encodeIndexedPng(SIZE, SIZE, pixels, PALETTE, 1)
}

/** Draws the edges of a rectangle `width` pixels thick, clipped to the tile. */
function outline(
  pixels: Uint8Array,
  left: number,
  top: number,
  right: number,
  bottom: number,
  index: number,
  width: number,
) {
  const clip = (v: number) => Math.max(0, Math.min(SIZE, v))
  const band = (x1: number, y1: number, x2: number, y2: number) => {
    for (let py = clip(y1); py < clip(y2); py++) {
      const from = clip(x1)
      const to = clip(x2)
      if (to > from) pixels.fill(index, py * SIZE + from, py * SIZE + to)
    }
  }
  band(left, top, right, top + width)
  band(left, bottom - width, right, bottom)
  band(left, top, left + width, bottom)
  band(right - width, top, right, bottom)
}
