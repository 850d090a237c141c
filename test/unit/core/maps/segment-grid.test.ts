import { describe, expect, it } from 'vitest'
import { allPointsWithin, buildSegmentGrid } from '../../../../src/main/core/maps/segment-grid'
import { seededRandom } from '../../../helpers/map-fixtures'

function distanceToPolyline(line: number[], px: number, py: number): number {
  let best = Infinity
  const count = line.length / 2
  for (let s = 0; s < Math.max(1, count - 1); s++) {
    const b = Math.min(s + 1, count - 1)
    const [ax, ay, bx, by] = [line[2 * s], line[2 * s + 1], line[2 * b], line[2 * b + 1]].map(
      (v) => v ?? 0,
    ) as [number, number, number, number]
    const [dx, dy] = [bx - ax, by - ay]
    const lengthSq = dx * dx + dy * dy
    const t =
      lengthSq > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq)) : 0
    best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py))
  }
  return best
}

describe('segment grid', () => {
  it('agrees with brute force on random polylines with long jumps, point by point', () => {
    const random = seededRandom(42)
    let near = 0
    let far = 0
    for (let trial = 0; trial < 40; trial++) {
      const line: number[] = []
      let [x, y] = [0, 0]
      const count = 1 + Math.floor(random() * 60)
      for (let i = 0; i < count; i++) {
        const jump = random() < 0.1 ? 3000 : 60
        x += (random() - 0.5) * jump
        y += (random() - 0.5) * jump
        line.push(x, y)
      }
      const reach = random() < 0.5 ? 100 : 37
      const grid = buildSegmentGrid(Float64Array.from(line), reach)
      for (let q = 0; q < 200; q++) {
        const px = (line[0] ?? 0) + (random() - 0.5) * 4000
        const py = (line[1] ?? 0) + (random() - 0.5) * 4000
        const distance = distanceToPolyline(line, px, py)
        if (Math.abs(distance - reach) < 1e-6) continue
        const within = allPointsWithin(Float64Array.of(px, py), grid, reach)
        expect(within, `trial ${trial}, point ${px}, ${py}`).toBe(distance <= reach)
        if (within) near++
        else far++
      }
    }
    expect(near).toBeGreaterThan(100)
    expect(far).toBeGreaterThan(100)
  })

  it('stops at the first point out of reach and handles single points and empty tracks', () => {
    const grid = buildSegmentGrid(Float64Array.of(0, 0, 1000, 0), 100)
    expect(allPointsWithin(Float64Array.of(0, 99, 500, -99, 1000, 50), grid, 100)).toBe(true)
    expect(allPointsWithin(Float64Array.of(0, 99, 500, 101, 1000, 50), grid, 100)).toBe(false)
    expect(allPointsWithin(Float64Array.of(1099, 0), grid, 100)).toBe(true)
    const dot = buildSegmentGrid(Float64Array.of(5, 5), 100)
    expect(allPointsWithin(Float64Array.of(5, 104), dot, 100)).toBe(true)
    expect(allPointsWithin(Float64Array.of(5, 106), dot, 100)).toBe(false)
    expect(
      allPointsWithin(Float64Array.of(5, 5), buildSegmentGrid(new Float64Array(0), 100), 100),
    ).toBe(false)
  })
})
