/**
 * Cluster tiles: visited tiles whose four neighbours (west, east, north, south) are all visited.
 * The "max cluster" is the largest 4-connected group of them. Tile columns do not wrap at the
 * antimeridian: tile 0 and tile 2^z − 1 of a row are not neighbours here.
 */
import { firstKeyOfZoom } from './tile-math'

/** Whether the tile `key` at `zoom` and its four neighbours are all in `tiles`. */
export function isClusterTile(tiles: ReadonlySet<number>, key: number, zoom: number): boolean {
  const n = 2 ** zoom
  const local = key - firstKeyOfZoom(zoom)
  const x = local % n
  const y = (local - x) / n
  return (
    x > 0 &&
    x < n - 1 &&
    y > 0 &&
    y < n - 1 &&
    tiles.has(key) &&
    tiles.has(key - 1) &&
    tiles.has(key + 1) &&
    tiles.has(key - n) &&
    tiles.has(key + n)
  )
}

/**
 * The keys of the largest 4-connected group of cluster tiles (empty when there is none), found
 * by one breadth-first pass over the set: O(n) hash lookups. Of several largest groups, the one
 * reached first in the set's iteration order.
 */
export function largestCluster(tiles: ReadonlySet<number>, zoom: number): number[] {
  const n = 2 ** zoom
  const seen = new Set<number>()
  let best: number[] = []
  for (const start of tiles) {
    if (seen.has(start) || !isClusterTile(tiles, start, zoom)) continue
    const group = [start]
    seen.add(start)
    for (let i = 0; i < group.length; i++) {
      const key = group[i] ?? 0
      for (const next of [key - 1, key + 1, key - n, key + n]) {
        if (!seen.has(next) && isClusterTile(tiles, next, zoom)) {
          seen.add(next)
          group.push(next)
        }
      }
    }
    if (group.length > best.length) best = group
  }
  return best
}
