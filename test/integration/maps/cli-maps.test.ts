/**
 * The contract's map commands through the real command line, on activities synced from the
 * emulator along chosen tracks with known tiles, squares, clusters and routes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { haversineMetres } from '../../../src/main/core/maps/geo'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'
import { block, pathTrack, trackThroughTiles } from '../../helpers/map-fixtures'
import { onTrack, type EmulatorActivity } from '../../strava-emulator'
import { tileAt } from '../../../src/main/core/maps/tile-math'
import { trackTileKeys } from '../../../src/main/core/maps/track-tiles'

/** Cape Town: southern and eastern, so negative latitudes cross the command line. */
const HOME: [number, number] = [-33.9249, 18.4241]
const LOOP: [number, number][] = [
  [0, 0],
  [1500, 0],
  [1500, 1200],
  [0, 1200],
  [0, 0],
]
const DAY = 86_400_000
const START = Date.UTC(2023, 0, 2, 7)

let h: Harness
const added: Record<string, EmulatorActivity> = {}

function add(
  name: string,
  points: readonly (readonly [number, number])[],
  day: number,
  sport = 'Run',
) {
  const track = points.map(([lat, lon]) => [lat, lon] as [number, number])
  const startMs = START + day * DAY
  const iso = new Date(startMs).toISOString().replace(/\.\d+Z$/, 'Z')
  added[name] = h.emulator.addActivity({
    ...onTrack(track),
    name,
    sport_type: sport as EmulatorActivity['sport_type'],
    type: sport,
    start_date: iso,
    start_date_local: iso,
    has_heartrate: true,
    average_heartrate: 150,
  })
}

/** A 4 × 4 block of zoom-14 tiles far from home, one point in each: 16 tiles, square 4. */
const Z14 = tileAt(-33.5, 19.5, 14)
/** A 3 × 3 block of zoom-17 tiles inside zoom-14 tile (Z14.x + 1, Z14.y + 1), off its centre. */
const Z17 = { x: (Z14.x + 1) * 8 + 1, y: (Z14.y + 1) * 8 + 1 }

async function run(args: string[]) {
  const cli = captureIo(h.env)
  const code = await runCli(args, { ...cli.io, clock: h.clock })
  return { code, stdout: cli.stdout(), stderr: cli.stderr() }
}

async function json(args: string[]): Promise<unknown> {
  const result = await run(args)
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(result.stdout)
}

beforeAll(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 0, seed: 3 } })
  await h.connect()
  add('block run', trackThroughTiles(14, block(Z14.x, Z14.y, 4, 4)), 0)
  add('square run', trackThroughTiles(17, block(Z17.x, Z17.y, 3, 3)), 1)
  add('three tiles ride', trackThroughTiles(14, block(Z14.x + 10, Z14.y, 3, 1)), 2, 'Ride')
  add('loop 1', pathTrack(HOME, LOOP, 5), 10)
  add('loop 2', pathTrack([HOME[0] + 0.00015, HOME[1]], LOOP, 7), 20)
  add('loop 3', pathTrack([HOME[0], HOME[1] - 0.0002], LOOP, 6), 30)
  add('loop backwards', pathTrack(HOME, [...LOOP].reverse(), 5), 40)
  add(
    'loop with a detour',
    pathTrack(HOME, [[0, 0], [700, 0], [700, -300], [1500, -300], ...LOOP.slice(1)], 5),
    50,
  )
  add(
    'out and back',
    pathTrack(
      HOME,
      [
        [0, 0],
        [2500, 0],
        [0, 0],
      ],
      5,
    ),
    60,
  )
  const sync = await run(['sync', '--json'])
  expect(sync.code, sync.stderr).toBe(0)
}, 120_000)

afterAll(() => h?.cleanup())

describe('trailkeep tiles', () => {
  it('counts zoom-14 tiles, the max square and the max cluster of every activity', async () => {
    // 16 block tiles, the ride's 3 and the tiles round home; the square run adds no zoom-14 tile.
    const home = new Set(
      [
        'loop 1',
        'loop 2',
        'loop 3',
        'loop backwards',
        'loop with a detour',
        'out and back',
      ].flatMap((name) => trackTileKeys(added[name]?.track ?? [], 14)),
    )
    expect(home.size).toBeGreaterThan(1)
    const all = (await json(['tiles', '--json'])) as Record<string, number>
    expect(Object.keys(all).sort()).toEqual(['maxCluster', 'maxSquare', 'visited', 'zoom'])
    expect(all).toEqual({ zoom: 14, visited: 16 + 3 + home.size, maxSquare: 4, maxCluster: 4 })
  })

  it('keeps to one sport with --sport', async () => {
    expect(await json(['tiles', '--json', '--sport', 'Ride'])).toEqual({
      zoom: 14,
      visited: 3,
      maxSquare: 1,
      maxCluster: 0,
    })
  })

  it('answers at zoom 17', async () => {
    const runs = (await json(['tiles', '--json', '--zoom', '17', '--sport', 'Run'])) as Record<
      string,
      number
    >
    // The block run's 16 points lie in 16 zoom-17 tiles, none in the square run's block.
    const home = new Set(
      [
        'loop 1',
        'loop 2',
        'loop 3',
        'loop backwards',
        'loop with a detour',
        'out and back',
      ].flatMap((name) => trackTileKeys(added[name]?.track ?? [], 17)),
    )
    expect(runs).toEqual({ zoom: 17, visited: 16 + 9 + home.size, maxSquare: 3, maxCluster: 1 })
  })

  it('refuses other zooms with one sentence', async () => {
    const result = await run(['tiles', '--json', '--zoom', '15'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('--zoom must be 14 or 17.\n')
  })
})

describe('trailkeep similar', () => {
  it('lists the same loop ridden the same way, newest first, in the contract shape', async () => {
    const first = added['loop 1'] as EmulatorActivity
    const similar = (await json(['similar', '--id', String(first.id), '--json'])) as Record<
      string,
      unknown
    >[]
    expect(similar.map((s) => s.id)).toEqual([added['loop 3']?.id, added['loop 2']?.id])
    expect(similar[0]).toEqual({
      id: added['loop 3']?.id,
      startDate: new Date(added['loop 3']?.start_date ?? '').toISOString(),
      movingTime: added['loop 3']?.moving_time,
      distance: added['loop 3']?.distance,
    })
  })

  it('leaves out the loop ridden backwards, the detour and other routes from the same start', async () => {
    const backwards = added['loop backwards'] as EmulatorActivity
    expect(await json(['similar', `--id=${backwards.id}`, '--json'])).toEqual([])
    const detour = added['loop with a detour'] as EmulatorActivity
    expect(await json(['similar', '--id', String(detour.id), '--json'])).toEqual([])
  })

  it('takes negative ids (file-only activities) and says when there is no such activity', async () => {
    for (const args of [['--id', '-3'], ['--id=-3']]) {
      const result = await run(['similar', ...args, '--json'])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(
        /^No activity with id -3 is in the library\. Run `trailkeep list`/,
      )
    }
  })
})

describe('trailkeep privacy', () => {
  it('adds, lists and removes zones, and exports leave out the points inside them', async () => {
    const zone = (await json([
      'privacy',
      'add',
      '--lat',
      String(HOME[0]),
      '--lon',
      String(HOME[1]),
      '--radius',
      '300',
      '--json',
    ])) as Record<string, number>
    expect(zone).toEqual({ id: expect.any(Number), lat: HOME[0], lon: HOME[1], radius: 300 })
    expect(await json(['privacy', 'list', '--json'])).toEqual([zone])

    const out = join(h.dataDir, '..', `gpx-${Date.now()}`)
    const loop = added['loop 1'] as EmulatorActivity
    const exported = await run(['export', '--format', 'gpx', '--out', out, '--id', String(loop.id)])
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stderr).toMatch(/Privacy zones: left out \d+ points of 1 activity\./)
    const gpx = readFileSync(join(out, readdirSync(out)[0] as string), 'utf8')
    const points = [...gpx.matchAll(/lat="([-\d.]+)" lon="([-\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ])
    expect(points.length).toBeGreaterThan(100)
    const nearest = Math.min(
      ...points.map(([lat, lon]) => haversineMetres(lat!, lon!, HOME[0], HOME[1])),
    )
    expect(nearest).toBeGreaterThan(300)
    expect(nearest).toBeLessThan(320)

    expect((await run(['privacy', 'remove', String(zone.id)])).code).toBe(0)
    expect(await json(['privacy', 'list', '--json'])).toEqual([])
    const again = await run(['privacy', 'remove', String(zone.id)])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/^There is no privacy zone with id \d+\./)
  })

  it('refuses a radius outside 10 to 10,000 metres', async () => {
    const result = await run(['privacy', 'add', '--lat', '1', '--lon', '2', '--radius', '5'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      '--radius must be a number of metres from 10 to 10000. Run `trailkeep privacy --help` for usage.\n',
    )
  })
})
