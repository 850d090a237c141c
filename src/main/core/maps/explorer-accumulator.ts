/**
 * Explorer tiles kept up to date one activity at a time, for "new tiles per activity" and the
 * progress-over-time series. Adding tiles only ever grows the max square and merges clusters,
 * so both are maintained incrementally: clusters with a union-find, the square by looking only
 * around the new tiles for a square one bigger than the best so far.
 */
import type { LatLngTrack } from './geo'
import { largestSquare, largestSquareInWindow, type TileSquare } from './max-square'
import { isClusterTile } from './tile-clusters'
import { checkZoom, tileInZoom, zoomKeyRange } from './tile-math'
import { trackTileKeys } from './track-tiles'

/** What one added activity changed. */
export interface ExplorerStep {
  /** Keys of the tiles this activity visited first, in the order it reached them. */
  newTiles: number[]
  visited: number
  maxSquare: number
  maxCluster: number
}

/** Running explorer totals at one zoom. */
export interface ExplorerAccumulator {
  readonly zoom: number
  readonly tiles: ReadonlySet<number>
  /** The largest square so far (its top-left tile and side), or null before any tile. */
  readonly square: TileSquare | null
  readonly maxCluster: number
  /** Adds one activity's recorded points. */
  addTrack(latlng: LatLngTrack): ExplorerStep
  /** Adds tiles by key (all at this zoom), e.g. a stored set to continue from. */
  addTiles(keys: Iterable<number>): ExplorerStep
}

/** An empty accumulator at `zoom`; each tile added costs O(1) amortised outside square growth. */
export function createExplorerAccumulator(zoom: number): ExplorerAccumulator {
  checkZoom(zoom)
  const n = 2 ** zoom
  const { first, count } = zoomKeyRange(zoom)
  const tiles = new Set<number>()
  const clusterIds = new Map<number, number>()
  const parents: number[] = []
  const sizes: number[] = []
  let square: TileSquare | null = null
  let maxCluster = 0

  const has = (x: number, y: number) => tiles.has(first + y * n + x)

  function root(id: number): number {
    let at = id
    while (parents[at] !== at) {
      const up = parents[at] ?? at
      parents[at] = parents[up] ?? up
      at = up
    }
    return at
  }

  function join(a: number, b: number) {
    const ra = root(a)
    const rb = root(b)
    if (ra === rb) return
    const [big, small] = (sizes[ra] ?? 0) >= (sizes[rb] ?? 0) ? [ra, rb] : [rb, ra]
    parents[small] = big
    sizes[big] = (sizes[big] ?? 0) + (sizes[small] ?? 0)
    maxCluster = Math.max(maxCluster, sizes[big] ?? 0)
  }

  function markClusterTile(key: number) {
    if (clusterIds.has(key) || !isClusterTile(tiles, key, zoom)) return
    const id = parents.length
    clusterIds.set(key, id)
    parents.push(id)
    sizes.push(1)
    maxCluster = Math.max(maxCluster, 1)
    for (const next of [key - 1, key + 1, key - n, key + n]) {
      const other = clusterIds.get(next)
      if (other !== undefined) join(id, other)
    }
  }

  /** Free run of visited tiles from (x, y) in one direction, not counting (x, y), up to `cap`. */
  function run(x: number, y: number, dx: number, dy: number, cap: number): number {
    let length = 0
    while (length < cap) {
      const nx = x + dx * (length + 1)
      const ny = y + dy * (length + 1)
      if (nx < 0 || ny < 0 || nx >= n || ny >= n || !has(nx, ny)) break
      length++
    }
    return length
  }

  /** Grows the square while one a side bigger fits around the new tile (x, y). */
  function growSquareAround(x: number, y: number) {
    for (;;) {
      const wanted = (square?.size ?? 0) + 1
      const left = run(x, y, -1, 0, wanted - 1)
      const right = run(x, y, 1, 0, wanted - 1)
      const up = run(x, y, 0, -1, wanted - 1)
      const down = run(x, y, 0, 1, wanted - 1)
      if (left + right + 1 < wanted || up + down + 1 < wanted) return
      const found = largestSquareInWindow(has, x - left, y - up, x + right, y + down)
      if (!found || found.size < wanted) return
      square = found
    }
  }

  function addTiles(keys: Iterable<number>): ExplorerStep {
    const newTiles: number[] = []
    for (const key of keys) {
      if (!Number.isInteger(key) || key < first || key >= first + count) {
        throw new RangeError(`tile key ${key} is not at zoom ${zoom}`)
      }
      if (tiles.has(key)) continue
      tiles.add(key)
      newTiles.push(key)
    }
    for (const key of newTiles) {
      for (const near of [key, key - 1, key + 1, key - n, key + n]) markClusterTile(near)
    }
    // Growing costs up to ~4 × side lookups a new tile; a whole-set pass is cheaper for big batches.
    if (newTiles.length * 4 * ((square?.size ?? 0) + 1) > tiles.size) {
      square = largestSquare(tiles, zoom)
    } else {
      for (const key of newTiles) {
        const { x, y } = tileInZoom(key, zoom)
        growSquareAround(x, y)
      }
    }
    return { newTiles, visited: tiles.size, maxSquare: square?.size ?? 0, maxCluster }
  }

  return {
    zoom,
    tiles,
    get square() {
      return square
    },
    get maxCluster() {
      return maxCluster
    },
    addTiles,
    addTrack: (latlng) => addTiles(trackTileKeys(latlng, zoom)),
  }
}
