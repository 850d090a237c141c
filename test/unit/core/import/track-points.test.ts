import { describe, expect, it } from 'vitest'
import { pointsToStreams } from '../../../../src/main/core/import/track-points'

describe('pointsToStreams', () => {
  it('keeps file order, drops samples without a time or going back, and fills gaps', () => {
    const t = Date.UTC(2024, 0, 1)
    const streams = pointsToStreams([
      { timeMs: t, lat: 1, lng: 1 },
      { heartrate: 999 },
      { timeMs: t + 1000, heartrate: 120, watts: 200 },
      { timeMs: t + 2000, heartrate: 130, lat: 1, lng: 2 },
      // Written after the sample at t + 2000 but stamped before it: dropped, not moved.
      { timeMs: t + 1500, heartrate: 77, lat: 50, lng: 50 },
    ])
    expect(streams).toEqual({
      time: [0, 1, 2],
      latlng: [
        [1, 1],
        [1, 1],
        [1, 2],
      ],
      heartrate: [120, 120, 130],
      watts: [200, 200, 200],
      distance: [0, 0, 111178.1],
    })
  })

  it('gives nothing without times', () => {
    expect(pointsToStreams([{ lat: 1, lng: 2 }])).toBeNull()
    expect(pointsToStreams([])).toBeNull()
  })
})
