import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Harness } from '../../helpers/harness'
import { labLibrary, THRESHOLDS, type Cli } from './lab-scenario'

const K42 = 1 - Math.exp(-1 / 42)
const K7 = 1 - Math.exp(-1 / 7)

interface Day {
  date: string
  load: number
  fitness: number
  fatigue: number
  form: number
}

/** Each day's load, worked out from the contract's definitions (see lab-scenario.ts). */
const LOADS: Record<string, number> = {
  // One hour at exactly FTP: 1 h · 1² · 100.
  '2025-03-03': 100,
  // 2,461 readings at threshold heart rate (seconds 0 to 2,460): Σ minutes over 60 minutes.
  '2025-03-04': (2461 / 60 / 60) * 100,
  // 20 minutes at 1.2 × FTP.
  '2025-03-05': (1200 / 3600) * 1.2 ** 2 * 100,
  // No heart rate, a run: 1,500 s at 5:00 /km against a 4:30 threshold pace.
  '2025-03-06': (1500 / 3600) * (270 / 300) ** 2 * 100,
  // 2 km in 10 minutes, by local day: one at 10:00, one at 00:30 the next day.
  '2025-03-07': (600 / 3600) * (270 / 300) ** 2 * 100,
  // A walk without heart rate or power is unscored and adds 0.
  '2025-03-08': (600 / 3600) * (270 / 300) ** 2 * 100,
  '2025-03-09': (320 / 3600) * (270 / 320) ** 2 * 100,
  // A virtual ride and an e-bike ride, both by power.
  '2025-03-10': (600 / 3600) * (320 / 250) ** 2 * 100 + (300 / 3600) * (400 / 250) ** 2 * 100,
}

/** The contract's recurrence, day by day from `first` (both 0 before the first activity). */
function expectedSeries(first: string, last: string): Day[] {
  const days: Day[] = []
  let fitness = 0
  let fatigue = 0
  for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10)
    const load = LOADS[date] ?? 0
    const form = fitness - fatigue
    fitness += (load - fitness) * K42
    fatigue += (load - fatigue) * K7
    days.push({ date, load, fitness, fatigue, form })
  }
  return days
}

function expectSeries(actual: Day[], expected: Day[]): void {
  expect(actual.map((d) => d.date)).toEqual(expected.map((d) => d.date))
  actual.forEach((day, i) => {
    const want = expected[i] as Day
    for (const key of ['load', 'fitness', 'fatigue', 'form'] as const) {
      expect(day[key], `${day.date} ${key}`).toBeCloseTo(want[key], 9)
    }
  })
}

let h: Harness
let cli: (...args: string[]) => Promise<Cli>

beforeAll(async () => {
  ;({ h, cli } = await labLibrary())
  expect((await cli('sync')).code).toBe(0)
  expect((await cli('athlete', 'set', ...THRESHOLDS, '--from', '2025-01-01')).code).toBe(0)
})
afterAll(() => h.cleanup())

describe('trailkeep fitness, on activities synced from Strava', () => {
  it('sums each local day’s stress scores and follows the contract’s recurrence', async () => {
    const result = await cli('fitness', '--json')
    expect(result.code).toBe(0)
    const days = result.json<Day[]>()
    expectSeries(days, expectedSeries('2025-03-03', '2025-03-10'))
    // Worked by hand: the first day's fitness is 100 · (1 − e^(−1/42)), its form 0.
    expect(days[0]).toMatchObject({ date: '2025-03-03', load: 100, form: 0 })
    expect(days[0]?.fitness).toBeCloseTo(2.352831, 6)
    expect(days[0]?.fatigue).toBeCloseTo(13.31221, 6)
    expect(result.stderr).toContain('1 activity counts as 0')
  })

  it('shows days before the first activity as zeros and keeps counting after the last', async () => {
    const days = (
      await cli('fitness', '--json', '--from', '2025-03-01', '--to', '2025-03-12')
    ).json<Day[]>()
    expectSeries(days, expectedSeries('2025-03-01', '2025-03-12'))
    expect(days.slice(0, 2).every((d) => d.fitness === 0 && d.fatigue === 0 && d.load === 0)).toBe(
      true,
    )
    const later = (
      await cli('fitness', '--json', '--from', '2025-03-09', '--to', '2025-03-09')
    ).json<Day[]>()
    expectSeries(later, expectedSeries('2025-03-03', '2025-03-09').slice(-1))
  })
})

describe('trailkeep bests', () => {
  it('finds the fastest stretch inside any run of the family, interpolated between samples', async () => {
    const listed = (await cli('list', '--json')).json<{ id: number; startDate: string }[]>()
    const startOf = (id: number) => listed.find((a) => a.id === id)?.startDate
    const bests = (await cli('bests', '--json', '--sport', 'Run')).json<
      { distance: number; seconds: number; activityId: number; startDate: string }[]
    >()
    expect(bests).toEqual([
      // The trail run's first 400 m at 5 m/s beat the fast kilometre's 84 s.
      { distance: 400, seconds: 80, activityId: 108, startDate: startOf(108) },
      // The example: the third kilometre at 3:30 /km.
      { distance: 1000, seconds: 210, activityId: 102, startDate: startOf(102) },
      { distance: 1609.344, seconds: 362.336, activityId: 102, startDate: startOf(102) },
      { distance: 5000, seconds: 1210, activityId: 102, startDate: startOf(102) },
      { distance: 10000, seconds: 2460, activityId: 102, startDate: startOf(102) },
    ])
    const trailOnly = (await cli('bests', '--json', '--sport', 'TrailRun')).json<
      { distance: number; seconds: number }[]
    >()
    expect(trailOnly).toEqual([
      expect.objectContaining({ distance: 400, seconds: 80, activityId: 108 }),
      expect.objectContaining({ distance: 1000, seconds: 320, activityId: 108 }),
    ])
  })

  it('gives a tie to the earlier ride and leaves out distances no ride reaches', async () => {
    const bests = (await cli('bests', '--json', '--sport', 'Ride')).json<
      { distance: number; seconds: number; activityId: number }[]
    >()
    expect(
      bests.map(({ distance, seconds, activityId }) => ({ distance, seconds, activityId })),
    ).toEqual([
      { distance: 10_000, seconds: 1000, activityId: 101 },
      { distance: 20_000, seconds: 2000, activityId: 101 },
    ])
  })
})

describe('trailkeep curve', () => {
  const points = async (...args: string[]) =>
    (await cli('curve', '--json', ...args)).json<
      { seconds: number; value: number; activityId: number }[]
    >()

  it('takes the best mean power of the ride family, e-bikes left out', async () => {
    expect(await points('--stream', 'watts', '--sport', 'Ride')).toEqual([
      ...[1, 5, 15, 30, 60, 300, 600].map((seconds) => ({ seconds, value: 320, activityId: 109 })),
      { seconds: 1200, value: 300, activityId: 103 },
      { seconds: 3600, value: 250, activityId: 101 },
    ])
  })

  it('limits the curve to a period of local days or instants', async () => {
    const early = await points(
      '--stream',
      'watts',
      '--sport',
      'Ride',
      '--from',
      '2025-03-03',
      '--to',
      '2025-03-04',
    )
    expect(early.every((p) => p.activityId === 101 && p.value === 250)).toBe(true)
    expect(early.map((p) => p.seconds)).toEqual([1, 5, 15, 30, 60, 300, 600, 1200, 3600])
    // 103 starts at 17:00 UTC on 5 March (18:00 local).
    const after = await points(
      '--stream',
      'watts',
      '--sport',
      'Ride',
      '--from',
      '2025-03-05T17:00:00Z',
      '--to',
      '2025-03-05T17:00:00Z',
    )
    expect(after.map((p) => p.activityId)).toEqual([103, 103, 103, 103, 103, 103, 103, 103])
  })

  it('gives heart rate and speed curves, and no point longer than any activity', async () => {
    const heart = await points('--stream', 'heartrate', '--sport', 'Run')
    expect(heart.map((p) => p.seconds)).toEqual([1, 5, 15, 30, 60, 300, 600, 1200])
    expect(heart.every((p) => p.value === 170 && p.activityId === 102)).toBe(true)
    const speed = await points('--stream', 'velocity_smooth', '--sport', 'Run')
    const at = (s: number) => speed.find((p) => p.seconds === s)
    expect(at(60)).toMatchObject({ value: 5, activityId: 108 })
    // 210 s of the fast kilometre and 90 s at 4 m/s: (1000 + 360) / 300.
    expect(at(300)?.activityId).toBe(102)
    expect(at(300)?.value).toBeCloseTo(1360 / 300, 9)
  })
})

describe('trailkeep eddington', () => {
  it('counts local calendar days of the sport family', async () => {
    // Runs: 10 km, 5 km, and 2 km on each of 7 and 8 March. By UTC day the two 2 km runs would
    // share 7 March and make 3.
    expect((await cli('eddington', '--json', '--sport', 'Run')).json()).toEqual({ km: 2, miles: 2 })
    expect((await cli('eddington', '--json', '--sport', 'Ride')).json()).toEqual({
      km: 3,
      miles: 3,
    })
    expect((await cli('eddington', '--json', '--sport', 'Walk')).json()).toEqual({
      km: 1,
      miles: 1,
    })
  })
})

describe('changing a threshold', () => {
  it('recomputes only the activities it applies to, and the series follows', async () => {
    const set = await cli('athlete', 'set', '--ftp', '300', '--from', '2025-03-05')
    expect(set.code).toBe(0)
    const result = await cli('fitness', '--json')
    // From 5 March: the twenty minutes, the virtual ride and the e-bike ride have power.
    expect(result.stderr).toContain('Analysing activities for the lab: 3 of 3')
    const days = result.json<Day[]>()
    expect(days.find((d) => d.date === '2025-03-03')?.load).toBe(100)
    expect(days.find((d) => d.date === '2025-03-05')?.load).toBeCloseTo((1200 / 3600) * 100, 9)
    const listed = (await cli('athlete', '--json')).json<
      { kind: string; value: number; from: string }[]
    >()
    expect(listed.filter((e) => e.kind === 'ftp')).toEqual([
      { kind: 'ftp', value: 250, from: '2025-01-01' },
      { kind: 'ftp', value: 300, from: '2025-03-05' },
    ])
    // Back as it was: the same three again, and the same loads.
    expect((await cli('athlete', 'remove', '--kind', 'ftp', '--from', '2025-03-05')).code).toBe(0)
    const again = await cli('fitness', '--json')
    expect(again.stderr).toContain('Analysing activities for the lab: 3 of 3')
    expectSeries(again.json<Day[]>(), expectedSeries('2025-03-03', '2025-03-10'))
  })
})

describe('bad flags', () => {
  const cases: [string[], RegExp][] = [
    [['bests', '--json'], /^--sport is required, like `trailkeep bests --sport Run`\.\n$/],
    [
      ['curve', '--json', '--sport', 'Ride', '--stream', 'power'],
      /^--stream must be one of watts, heartrate, velocity_smooth\.\n$/,
    ],
    [
      ['curve', '--json', '--sport', 'Ride'],
      /^--stream is required: one of watts, heartrate, velocity_smooth\.\n$/,
    ],
    [
      ['fitness', '--json', '--from', '2025-13-01'],
      /^--from must be a day written YYYY-MM-DD, like 2024-05-01\.\n$/,
    ],
    [['athlete', 'set', '--ftp', 'lots'], /^--ftp: FTP must be a number from 30 to 2000 W\.\n$/],
    [
      ['athlete', 'set', '--max-hr', '500'],
      /^--max-hr: maximum heart rate must be a number from 100 to 240 bpm\.\n$/,
    ],
    [
      ['athlete', 'set'],
      /^Give at least one value to set, like `trailkeep athlete set --ftp 250`\.\n$/,
    ],
    [['athlete', 'set', '--sex', 'x'], /^--sex must be one of male, female\.\n$/],
    [
      ['eddington', '--sport', 'Run', '--metres'],
      /^Unknown option '--metres'\. Run `trailkeep eddington --help` for usage\.\n$/,
    ],
  ]
  it.each(cases)('%j exits 2 with one sentence', async (args, sentence) => {
    const result = await cli(...args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(sentence)
  })
})
