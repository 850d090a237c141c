import { describe, expect, it } from 'vitest'
import { createExplorerAccumulator } from '../../../../src/main/core/maps/explorer-accumulator'
import { explorerStats } from '../../../../src/main/core/maps/explorer-tiles'
import { tileKey } from '../../../../src/main/core/maps/tile-math'
import { block, keysOf, seededRandom } from '../../../helpers/map-fixtures'

const Z = 17
const X0 = 70400
const Y0 = 42980

/** Largest square by trying every top-left tile and growing: slow, obviously right. */
function bruteSquare(has: (x: number, y: number) => boolean, w: number, h: number): number {
  let best = 0
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let size = 0
      grow: for (;;) {
        for (let i = 0; i <= size; i++) {
          if (!has(x + size, y + i) || !has(x + i, y + size)) break grow
        }
        size++
      }
      best = Math.max(best, size)
    }
  }
  return best
}

describe('createExplorerAccumulator', () => {
  it('agrees with the from-scratch figures and a brute-force square after every batch', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = seededRandom(seed)
      const accumulator = createExplorerAccumulator(Z)
      const all = new Set<number>()
      const density = 0.55 + 0.4 * random()
      for (let batch = 0; batch < 40; batch++) {
        const cells: [number, number][] = []
        const cx = Math.floor(random() * 24)
        const cy = Math.floor(random() * 24)
        for (const [x, y] of block(cx, cy, 6, 6)) if (random() < density) cells.push([x, y])
        const keys = keysOf(
          Z,
          cells.map(([x, y]) => [X0 + x, Y0 + y]),
        )
        const fresh = [...new Set(keys)].filter((key) => !all.has(key))
        for (const key of keys) all.add(key)
        const step = accumulator.addTiles(keys)
        const stats = explorerStats(all, Z)
        const brute = bruteSquare((x, y) => all.has(tileKey(Z, X0 + x, Y0 + y)), 30, 30)
        const label = `seed ${seed}, batch ${batch}`
        expect(step.newTiles, label).toEqual(fresh)
        expect(step, label).toMatchObject({
          visited: all.size,
          maxSquare: brute,
          maxCluster: stats.maxCluster,
        })
        expect(stats.maxSquare, label).toBe(brute)
        expect(accumulator.square?.size ?? 0, label).toBe(brute)
      }
    }
  })

  it('agrees when tiles come one at a time (the incremental square search)', () => {
    for (const seed of [7, 8, 9]) {
      const random = seededRandom(seed)
      const accumulator = createExplorerAccumulator(Z)
      const all = new Set<number>()
      const cells = block(0, 0, 30, 30).filter(() => random() < 0.8)
      cells.sort(() => random() - 0.5)
      cells.forEach(([x, y], i) => {
        const key = tileKey(Z, X0 + x, Y0 + y)
        all.add(key)
        const step = accumulator.addTiles([key])
        if (i % 25 !== 0 && i !== cells.length - 1) return
        const brute = bruteSquare((bx, by) => all.has(tileKey(Z, X0 + bx, Y0 + by)), 30, 30)
        const label = `seed ${seed}, tile ${i}`
        expect(step.maxSquare, label).toBe(brute)
        expect(step.maxCluster, label).toBe(explorerStats(all, Z).maxCluster)
      })
    }
  })

  it('grows the square by more than one when a gap in a block is filled', () => {
    const accumulator = createExplorerAccumulator(Z)
    const cells = block(X0, Y0, 5, 5).filter(([x, y]) => x !== X0 + 2 || y !== Y0 + 2)
    for (const cell of cells) accumulator.addTiles(keysOf(Z, [cell]))
    expect(accumulator.square?.size).toBe(2)
    // Only the inner ring's four corners have four visited neighbours, and they do not touch.
    expect(accumulator.maxCluster).toBe(1)
    const step = accumulator.addTiles(keysOf(Z, [[X0 + 2, Y0 + 2]]))
    expect(step).toMatchObject({ maxSquare: 5, maxCluster: 9 })
    expect(accumulator.square).toEqual({ x: X0, y: Y0, size: 5 })
  })

  it('refuses keys of another zoom', () => {
    expect(() => createExplorerAccumulator(Z).addTiles([tileKey(14, 1, 1)])).toThrow(RangeError)
  })
})
