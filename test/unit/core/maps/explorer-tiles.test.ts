import { describe, expect, it } from 'vitest'
import {
  coarserTiles,
  explorerProgress,
  explorerStats,
  visitedTiles,
} from '../../../../src/main/core/maps/explorer-tiles'
import { positionsOf } from '../../../../src/main/core/maps/geo'
import { projectedTileKeys, projectPositions } from '../../../../src/main/core/maps/heat-track'
import { tileFromKey, tileKey } from '../../../../src/main/core/maps/tile-math'
import {
  newTileKeys,
  scanTrackTiles,
  trackTileKeys,
} from '../../../../src/main/core/maps/track-tiles'
import { block, keysOf, tileCentre, trackThroughTiles } from '../../../helpers/map-fixtures'

const Z = 14
const X0 = 8800
const Y0 = 5373

function statsOf(cells: [number, number][]) {
  return explorerStats(visitedTiles([trackThroughTiles(Z, cells)], Z), Z)
}

describe('explorerStats', () => {
  it('finds a 3 × 3 block: square 3, and only the centre has four visited neighbours', () => {
    const stats = statsOf(block(X0, Y0, 3, 3))
    expect(stats).toMatchObject({ zoom: Z, visited: 9, maxSquare: 3, maxCluster: 1 })
    expect(stats.square).toEqual({ x: X0, y: Y0, size: 3 })
    expect(stats.cluster).toEqual([tileKey(Z, X0 + 1, Y0 + 1)])
  })

  it('finds a 5 × 5 block: square 5, cluster 9 (its inner 3 × 3)', () => {
    const stats = statsOf(block(X0, Y0, 5, 5))
    expect(stats).toMatchObject({ visited: 25, maxSquare: 5, maxCluster: 9 })
    expect(stats.cluster.sort()).toEqual(keysOf(Z, block(X0 + 1, Y0 + 1, 3, 3)).sort())
  })

  it('measures an L of arms three tiles thick: square 3, cluster along both arms', () => {
    // A 3 × 6 upright arm and a 6 × 3 foot to its right along its bottom three rows.
    const stats = statsOf([...block(X0, Y0, 3, 6), ...block(X0 + 3, Y0 + 3, 6, 3)])
    // The arm's middle column (4), the foot's middle row (7, one shared), the inner corner.
    expect(stats).toMatchObject({ visited: 36, maxSquare: 3, maxCluster: 11 })
    const cluster = stats.cluster.map((key) => tileFromKey(key))
    expect(cluster.filter((t) => t.x === X0 + 1)).toHaveLength(4)
    expect(cluster.filter((t) => t.y === Y0 + 4)).toHaveLength(7)
    expect(cluster).toContainEqual({ z: Z, x: X0 + 2, y: Y0 + 3 })
  })

  it('keeps two separate blocks apart', () => {
    const stats = statsOf([...block(X0, Y0, 3, 3), ...block(X0 + 10, Y0 + 2, 4, 4)])
    expect(stats).toMatchObject({ visited: 25, maxSquare: 4, maxCluster: 4 })
    expect(stats.square).toEqual({ x: X0 + 10, y: Y0 + 2, size: 4 })
  })

  it('does not join blocks that only touch at a corner into one cluster', () => {
    const stats = statsOf([...block(X0, Y0, 3, 3), ...block(X0 + 3, Y0 + 3, 4, 4)])
    expect(stats).toMatchObject({ visited: 25, maxSquare: 4, maxCluster: 4 })
  })

  it('does not wrap around the antimeridian', () => {
    const n = 2 ** Z
    const cells = [...block(n - 2, Y0, 2, 3), ...block(0, Y0, 2, 3)]
    expect(statsOf(cells)).toMatchObject({ visited: 12, maxSquare: 2, maxCluster: 0 })
  })

  it('reports nothing for no tiles', () => {
    expect(explorerStats(new Set(), Z)).toEqual({
      zoom: Z,
      visited: 0,
      maxSquare: 0,
      maxCluster: 0,
      square: null,
      cluster: [],
    })
  })

  it('refuses keys of another zoom', () => {
    expect(() => explorerStats(new Set([tileKey(13, 1, 1)]), Z)).toThrow(RangeError)
  })
})

describe('track tiles', () => {
  it('counts only recorded points, not the tiles a gap jumps over', () => {
    const track = [tileCentre(Z, X0, Y0), tileCentre(Z, X0 + 5, Y0)]
    expect(trackTileKeys(track, Z)).toEqual(
      keysOf(Z, [
        [X0, Y0],
        [X0 + 5, Y0],
      ]),
    )
  })

  it('lists each tile once, in the order first reached, and skips invalid points', () => {
    const a = tileCentre(Z, X0, Y0)
    const b = tileCentre(Z, X0, Y0 + 1)
    const track = [a, b, [Number.NaN, 1] as const, [95, 1] as const, a, b]
    expect(trackTileKeys(track, Z)).toEqual(
      keysOf(Z, [
        [X0, Y0],
        [X0, Y0 + 1],
      ]),
    )
  })

  it('gives a point on a shared edge to the same tile whatever came before', () => {
    const [lat, centreLon] = tileCentre(Z, X0, Y0)
    const edge = ((X0 + 1) / 2 ** Z) * 360 - 180
    const fromWest = trackTileKeys(
      [
        [lat, centreLon],
        [lat, edge],
      ],
      Z,
    )
    expect(fromWest).toEqual(
      keysOf(Z, [
        [X0, Y0],
        [X0 + 1, Y0],
      ]),
    )
    expect(trackTileKeys([[lat, edge]], Z)).toEqual(keysOf(Z, [[X0 + 1, Y0]]))
  })

  it('scans every change of tile, a tile the track comes back to again', () => {
    const track = trackThroughTiles(Z, [
      [X0, Y0],
      [X0, Y0],
      [X0 + 1, Y0],
      [X0, Y0],
    ])
    const scanned: number[] = []
    scanTrackTiles(track, Z, (key) => scanned.push(key))
    expect(scanned).toEqual(
      keysOf(Z, [
        [X0, Y0],
        [X0 + 1, Y0],
        [X0, Y0],
      ]),
    )
    expect(trackTileKeys(track, Z)).toEqual(
      keysOf(Z, [
        [X0, Y0],
        [X0 + 1, Y0],
      ]),
    )
  })

  it('gives the same tiles from the prepared (projected) points as from the recorded ones', () => {
    const [lat, centreLon] = tileCentre(17, 70_400, 42_984)
    const track: [number, number][] = []
    for (let i = 0; i < 4000; i++) {
      // A walk that wanders over tile edges, with an exact edge and invalid points mixed in.
      const angle = i / 40
      track.push([lat + 0.002 * Math.sin(angle) * (i / 4000), centreLon + 0.003 * Math.cos(angle)])
      if (i % 500 === 0) track.push([Number.NaN, 0], [lat, (70_401 / 2 ** 17) * 360 - 180])
    }
    track.push([-85.06, 179.9999999], [85.06, -180], [0, 0])
    const points = projectPositions(positionsOf(track))
    for (const zoom of [14, 17]) {
      expect(projectedTileKeys(points, zoom)).toEqual(trackTileKeys(track, zoom))
    }
  })

  it('refuses zooms whose keys would not be exact', () => {
    expect(() => trackTileKeys([[0, 0]], 27)).toThrow(RangeError)
    expect(() => trackTileKeys([[0, 0]], 1.5)).toThrow(RangeError)
  })

  it('gives an activity the tiles it visited first', () => {
    const visited = new Set(keysOf(Z, block(X0, Y0, 2, 1)))
    const track = trackThroughTiles(Z, block(X0, Y0, 4, 1))
    expect(newTileKeys(visited, track, Z)).toEqual(
      keysOf(Z, [
        [X0 + 2, Y0],
        [X0 + 3, Y0],
      ]),
    )
    expect(visited.size).toBe(2)
  })
})

describe('coarserTiles', () => {
  it('gives the zoom-14 tiles of a track from its zoom-17 tiles', () => {
    const track = [
      ...trackThroughTiles(17, block(70406, 42987, 12, 3)),
      tileCentre(17, 70000, 43000),
    ]
    const at17 = visitedTiles([track], 17)
    expect(coarserTiles(at17, 17, 14)).toEqual(visitedTiles([track], 14))
    expect(coarserTiles(at17, 17, 14).size).toBe(4)
    expect(() => coarserTiles(at17, 14, 17)).toThrow(RangeError)
  })
})

describe('explorerProgress', () => {
  it('gives the cumulative figures after each activity in date order', () => {
    const rows = [0, 1, 2, 3, 4].map((r) => trackThroughTiles(Z, block(X0, Y0 + r, 5, 1)))
    const steps = explorerProgress([...rows, rows[0] ?? []], Z)
    expect(steps.map((s) => [s.newTiles.length, s.visited, s.maxSquare, s.maxCluster])).toEqual([
      [5, 5, 1, 0],
      [5, 10, 2, 0],
      [5, 15, 3, 3],
      [5, 20, 4, 6],
      [5, 25, 5, 9],
      [0, 25, 5, 9],
    ])
  })
})
