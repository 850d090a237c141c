import { describe, expect, it } from 'vitest'
import { bestEfforts, type BestEffort } from '../../../../src/main/core/lab/best-efforts'
import { MILE, bestEffortDistances } from '../../../../src/main/core/lab/sport-family'
import { createRandom } from '../../../strava-emulator/prng'

/** 10 km at 4:00/km, except the third kilometre at 3:30/km: 240 s/km, 210 s/km. */
function tenKmWithFastThird(step: number): { time: number[]; distance: number[] } {
  const time: number[] = []
  const distance: number[] = []
  for (let t = 0; t <= 2370; t += step) {
    time.push(t)
    if (t <= 480) distance.push((t * 1000) / 240)
    else if (t <= 690) distance.push(2000 + ((t - 480) * 1000) / 210)
    else distance.push(3000 + ((t - 690) * 1000) / 240)
  }
  return { time, distance }
}

describe('bestEfforts', () => {
  it('finds the fast third kilometre: exactly 210 s, from 480 s to 690 s (hand-computed)', () => {
    for (const step of [1, 30]) {
      const { time, distance } = tenKmWithFastThird(step)
      const [km] = bestEfforts(time, distance, [1000])
      expect(km?.distance).toBe(1000)
      expect(km?.seconds, `every ${step} s`).toBeCloseTo(210, 9)
      expect(km?.startOffset).toBeCloseTo(480, 9)
      expect(km?.endOffset).toBeCloseTo(690, 9)
    }
  })

  it('gives every run distance the activity reaches and leaves out the rest', () => {
    const { time, distance } = tenKmWithFastThird(1)
    const efforts = bestEfforts(time, distance, bestEffortDistances('Run'))
    expect(efforts.map((e) => e.distance)).toEqual([400, 1000, MILE, 5000, 10_000])
    const seconds = efforts.map((e) => e.seconds)
    // 400 m inside the fast kilometre; a mile is that kilometre plus 609.344 m at 240 s/km.
    const expected = [84, 210, 210 + 0.609344 * 240, 4 * 240 + 210, 9 * 240 + 210]
    expected.forEach((value, i) => expect(seconds[i]).toBeCloseTo(value, 6))
  })

  it('interpolates a start between samples', () => {
    // 1 m/s for 100 m, 10 m/s for 100 m, then 0.5 m/s: the best 150 m takes its slow 50 m
    // from before the fast stretch, starting halfway between two samples.
    const time = [0, 100, 110, 310]
    const distance = [0, 100, 200, 300]
    const [effort] = bestEfforts(time, distance, [150])
    expect(effort?.seconds).toBeCloseTo(60, 9)
    expect(effort?.startOffset).toBeCloseTo(50, 9)
    expect(effort?.endOffset).toBeCloseTo(110, 9)
  })

  it('goes round a stop when it can and through it when it must', () => {
    // 1 km at 4:00/km, 600 s standing still, another 1 km at 4:00/km.
    const time = [0, 240, 840, 1080]
    const distance = [0, 1000, 1000, 2000]
    const [one, two] = bestEfforts(time, distance, [1000, 2000])
    expect(one).toEqual({ distance: 1000, seconds: 240, startOffset: 0, endOffset: 240 })
    expect(two).toEqual({ distance: 2000, seconds: 1080, startOffset: 0, endOffset: 1080 })
    // A stretch starting at the stop starts when the athlete left it.
    const [half] = bestEfforts(time, distance, [1500])
    expect(half?.seconds).toBeCloseTo(120 + 600 + 240, 9)
  })

  it('agrees with a brute-force search on irregular, stop-and-go tracks', () => {
    const random = createRandom(17)
    for (let round = 0; round < 40; round++) {
      const time = [0]
      const distance = [0]
      for (let i = 1; i < 300; i++) {
        time.push((time[i - 1] ?? 0) + random.int(1, 12))
        const stopped = random.chance(0.1)
        distance.push((distance[i - 1] ?? 0) + (stopped ? 0 : random.float(0.5, 40)))
      }
      const total = distance[distance.length - 1] ?? 0
      const targets = [total * 0.05, total * 0.3, total * 0.77, total]
      const efforts = bestEfforts(time, distance, targets)
      expect(efforts).toHaveLength(4)
      efforts.forEach((effort, k) => {
        const target = targets[k] ?? 0
        expect(effort.seconds, `round ${round}, ${target} m`).toBeCloseTo(
          bruteForce(time, distance, target),
          6,
        )
        expect(effort.endOffset - effort.startOffset).toBeCloseTo(effort.seconds, 9)
        expect(
          distanceAt(time, distance, effort.endOffset) -
            distanceAt(time, distance, effort.startOffset),
        ).toBeCloseTo(target, 6)
      })
    }
  })

  it('skips nulls and backward time, and holds distance through a GPS dip', () => {
    const time = [0, 100, null, 100, 50, 200, 300]
    const distance = [0, 500, 700, 600, 650, 450, 1000]
    // Usable: (0, 0), (100, 500), (200, 500 held), (300, 1000).
    const [effort] = bestEfforts(time, distance, [500])
    expect(effort).toEqual({ distance: 500, seconds: 100, startOffset: 0, endOffset: 100 })
  })

  it('gives nothing for empty streams, zero distance or a target of nothing', () => {
    expect(bestEfforts([], [], [1000])).toEqual([])
    expect(bestEfforts([0, 1, 2], [0, 0, 0], [100])).toEqual([])
    expect(bestEfforts([0], [5000], [1000])).toEqual([])
    expect(bestEfforts([0, 100], [0, 1000], [0, -5, Number.NaN])).toEqual([])
    expect(bestEfforts([0, 100], [0, 1000], [1000])).toEqual<BestEffort[]>([
      { distance: 1000, seconds: 100, startOffset: 0, endOffset: 100 },
    ])
  })
})

/** The track's distance at a time, by linear interpolation. */
function distanceAt(time: number[], distance: number[], t: number): number {
  for (let i = 1; i < time.length; i++) {
    const t0 = time[i - 1] ?? 0
    const t1 = time[i] ?? 0
    if (t <= t1)
      return (
        (distance[i - 1] ?? 0) +
        ((t - t0) / (t1 - t0)) * ((distance[i] ?? 0) - (distance[i - 1] ?? 0))
      )
  }
  return distance[distance.length - 1] ?? 0
}

/**
 * Tries every start at a sample and every end at a sample, finding the other end by a plain
 * scan: the latest moment at the start distance, the earliest at the end distance.
 */
function bruteForce(time: number[], distance: number[], target: number): number {
  const last = (x: number) => {
    let best = -Infinity
    for (let i = 0; i < time.length; i++) {
      const d0 = distance[i] ?? 0
      const d1 = distance[i + 1] ?? Infinity
      if (d0 === x) best = Math.max(best, time[i] ?? 0)
      else if (d0 < x && x < d1)
        best = Math.max(
          best,
          (time[i] ?? 0) + ((x - d0) / (d1 - d0)) * ((time[i + 1] ?? 0) - (time[i] ?? 0)),
        )
    }
    return best
  }
  const first = (x: number) => {
    for (let i = 0; i < time.length; i++) {
      const d1 = distance[i] ?? 0
      if (d1 >= x) {
        if (i === 0 || d1 === x) return time[i] ?? 0
        const d0 = distance[i - 1] ?? 0
        return (time[i - 1] ?? 0) + ((x - d0) / (d1 - d0)) * ((time[i] ?? 0) - (time[i - 1] ?? 0))
      }
    }
    return Infinity
  }
  let best = Infinity
  for (const d of distance) {
    best = Math.min(best, first(d + target) - last(d))
    if (d - target >= 0) best = Math.min(best, first(d) - last(d - target))
  }
  return best
}
