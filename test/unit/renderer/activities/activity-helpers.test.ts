import { describe, expect, test } from 'vitest'
import {
  toActivityQuery,
  DEFAULT_FILTERS,
} from '../../../../src/renderer/src/activities/activity-filters'
import {
  buildChartData,
  MAX_CHART_POINTS,
} from '../../../../src/renderer/src/activities/chart-data'
import { bucketAverage } from '../../../../src/renderer/src/activities/series-math'
import { PageLoader, PAGE_SIZE } from '../../../../src/renderer/src/activities/page-loader'
import { fitRoute, mercator, toPath } from '../../../../src/renderer/src/activities/route-geometry'
import { computeSplits } from '../../../../src/renderer/src/activities/splits'
import type { ActivityPageDto } from '../../../../src/shared/library-dto'
import type { ActivityQueryInput } from '../../../../src/shared/library-query'
import { makeActivity, makeStreams, toListItem } from '../fake-api'

describe('toActivityQuery', () => {
  test('the defaults ask for everything, newest first', () => {
    expect(toActivityQuery(DEFAULT_FILTERS)).toEqual({ sort: 'date', direction: 'desc' })
  })

  test('dates are whole days of the calendar where each activity started, both included', () => {
    const query = toActivityQuery({ ...DEFAULT_FILTERS, from: '2024-02-28', to: '2024-02-29' })
    expect(query).toMatchObject({ fromDate: '2024-02-28', toDate: '2024-02-29' })
    expect(query.after).toBeUndefined()
    expect(query.before).toBeUndefined()
  })

  test('blank search is no search; text is trimmed; a sport becomes a one-item list', () => {
    expect(toActivityQuery({ ...DEFAULT_FILTERS, search: '   ' }).search).toBeUndefined()
    expect(toActivityQuery({ ...DEFAULT_FILTERS, search: ' Tempo ' }).search).toBe('Tempo')
    expect(toActivityQuery({ ...DEFAULT_FILTERS, sportType: 'Ride' }).sportTypes).toEqual(['Ride'])
  })

  test('malformed dates are ignored rather than sent', () => {
    for (const bad of ['2024-13', '0001-01-01', 'yesterday', '2023-02-29', '2024-04-31']) {
      expect(toActivityQuery({ ...DEFAULT_FILTERS, from: bad }).fromDate, bad).toBeUndefined()
      expect(toActivityQuery({ ...DEFAULT_FILTERS, to: bad }).toDate, bad).toBeUndefined()
    }
    expect(toActivityQuery({ ...DEFAULT_FILTERS, to: '2024-02-29' }).toDate).toBe('2024-02-29')
  })
})

describe('route geometry', () => {
  test('Web Mercator puts 0,0 in the middle and the north up', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5])
    const [, north] = mercator([60, 0])
    expect(north).toBeLessThan(0.5)
  })

  test('fits a route inside the padded box and keeps start and end', () => {
    const points: [number, number][] = [
      [50.7, 7.1],
      [50.71, 7.12],
      [50.72, 7.1],
    ]
    const fitted = fitRoute(points, {
      width: 800,
      minAspect: 0.4,
      maxAspect: 0.6,
      padding: 20,
      tolerance: 0,
    })
    expect(fitted).not.toBeNull()
    if (!fitted) return
    expect(fitted.height).toBe(480)
    for (const p of points) {
      const [x, y] = fitted.project(p)
      expect(x).toBeGreaterThanOrEqual(19.9)
      expect(x).toBeLessThanOrEqual(780.1)
      expect(y).toBeGreaterThanOrEqual(19.9)
      expect(y).toBeLessThanOrEqual(460.1)
    }
    expect(fitted.start).toEqual(fitted.project(points[0] as [number, number]))
    expect(fitted.end).toEqual(fitted.project(points[2] as [number, number]))
    // The northernmost point is drawn at the top.
    expect(fitted.project([50.72, 7.1])[1]).toBeLessThan(fitted.project([50.7, 7.1])[1])
  })

  test('drops points too close to draw but always keeps the last', () => {
    const path = toPath(
      [
        [0, 0],
        [0.1, 0.1],
        [0.2, 0.2],
        [10, 10],
        [10.1, 10],
      ],
      1,
    )
    expect(path).toBe('M0 0L10 10L10.1 10')
  })
})

describe('splits from streams', () => {
  test('cuts at every whole kilometre and keeps the short last split', () => {
    // 3 m/s for 1,200 s: 3,597 m.
    const rows = computeSplits(makeStreams(1200, 3, { heartrate: true }), 1000)
    expect(rows.map((r) => Math.round(r.distance))).toEqual([1000, 1000, 1000, 597])
    expect(rows.map((r) => r.elapsedTime)).toEqual([333, 333, 333, 199])
    expect(rows[0]?.averageSpeed).toBeCloseTo(3, 5)
    expect(rows[0]?.averageHeartrate).toBeGreaterThan(140)
  })

  test('time stopped counts as elapsed, not moving', () => {
    const streams = makeStreams(400, 5)
    streams.moving = (streams.time as number[]).map((t) => t < 100 || t >= 200)
    const [first] = computeSplits(streams, 1000)
    expect(first?.elapsedTime).toBe(200)
    expect(first?.movingTime).toBe(100)
  })
})

describe('chart data', () => {
  test('never more than 2,000 points, whatever the length of the streams', () => {
    const data = buildChartData(
      makeStreams(20_000, 3, { heartrate: true, watts: true }),
      'Ride',
      'metric',
    )
    expect(data?.x.length).toBe(MAX_CHART_POINTS)
    expect(data?.series.map((s) => s.kind)).toEqual(['elevation', 'speed', 'heartrate', 'power'])
    for (const series of data?.series ?? []) expect(series.values.length).toBe(MAX_CHART_POINTS)
    expect(data?.sourceIndex.at(-1)).toBeLessThan(20_000)
  })

  test('pace for runs runs upside down and reads as minutes per mile in imperial', () => {
    const data = buildChartData(makeStreams(600, 4), 'Run', 'imperial')
    const pace = data?.series.find((s) => s.kind === 'speed')
    expect(pace?.title).toBe('Pace')
    expect(pace?.invert).toBe(true)
    expect(pace?.format(6.7)).toBe('6:42 /mi')
    expect(data?.xLabel).toBe('Distance (mi)')
  })

  test('swims read as pace per 100 m, and the average is the pace of the average speed', () => {
    const pace = buildChartData(makeStreams(600, 1), 'Swim', 'metric')?.series.find(
      (s) => s.kind === 'speed',
    )
    expect(pace?.format(1.6667)).toBe('1:40 /100m')
    expect(pace?.summary).toBe('avg 1:40 /100m')
  })

  test('bucket averages skip gaps and heart-rate dropouts', () => {
    expect(bucketAverage([1, null, 3, 0, 0, 0], 2, true)).toEqual([2, null])
  })
})

describe('PageLoader', () => {
  function setup(total: number) {
    const all = Array.from({ length: total }, (_, i) => toListItem(makeActivity({ id: i + 1 })))
    const requests: ActivityQueryInput[] = []
    const pending: (() => void)[] = []
    let changes = 0
    const loader = new PageLoader(
      (query) => {
        requests.push(query)
        const offset = query.offset ?? 0
        const limit = query.limit ?? 100
        return new Promise<ActivityPageDto>((resolve) =>
          pending.push(() =>
            resolve({ items: all.slice(offset, offset + limit), total, offset, limit }),
          ),
        )
      },
      () => changes++,
    )
    const flush = async () => {
      for (const resolve of pending.splice(0)) resolve()
      await Promise.resolve()
      await Promise.resolve()
    }
    return { loader, requests, flush, changes: () => changes }
  }

  test('loads each page once, only the pages asked for', async () => {
    const { loader, requests, flush } = setup(1000)
    loader.setQuery({ sort: 'date' })
    await flush()
    expect(loader.total).toBe(1000)
    loader.ensureRange(150, 250)
    loader.ensureRange(150, 250)
    await flush()
    expect(requests.map((q) => q.offset)).toEqual([0, PAGE_SIZE])
    expect(loader.getItem(250)?.id).toBe(251)
    expect(loader.getItem(450)).toBeUndefined()
    expect(loader.indexOfId(251)).toBe(250)
  })

  test('a refresh keeps the rows on screen until fresh ones arrive', async () => {
    const { loader, requests, flush } = setup(300)
    loader.setQuery({})
    await flush()
    loader.refresh()
    expect(loader.getItem(0)?.id).toBe(1)
    await flush()
    expect(requests.map((q) => q.offset)).toEqual([0, 0])
  })

  test('answers for an older query are ignored', async () => {
    const { loader, flush } = setup(300)
    loader.setQuery({ search: 'old' })
    loader.setQuery({ search: 'new' })
    await flush()
    expect(loader.total).toBe(300)
    expect(loader.getItem(0)).toBeDefined()
  })
})
