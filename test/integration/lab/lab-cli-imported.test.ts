import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'
import {
  fitPoints,
  startMsOf,
  steadyRide,
  tenKmWithFastThird,
  type LabActivitySpec,
} from '../../helpers/lab-activities'
import { activitiesCsv, encodeFit, writeZip } from '../../helpers/strava-export-fixture'

let h: Harness | undefined
let work: string | undefined
afterEach(async () => {
  await h?.cleanup()
  if (work) rmSync(work, { recursive: true, force: true })
})

const IMPORTED: LabActivitySpec[] = [
  {
    id: 201,
    name: 'Imported hour',
    sportType: 'Ride',
    local: '2025-04-01T06:00:00',
    utcOffsetHours: 0,
    recording: steadyRide(3600, 250),
  },
  {
    id: 202,
    name: 'Imported ten',
    sportType: 'Run',
    local: '2025-04-02T06:00:00',
    utcOffsetHours: 0,
    recording: tenKmWithFastThird(170),
  },
]

/** Strava's bulk export of the two activities: activities.csv and a FIT file each. */
async function exportArchive(folder: string): Promise<string> {
  const archive = join(folder, 'export.zip')
  const rows = IMPORTED.map((spec) => {
    const seconds = spec.recording?.time.at(-1) ?? 0
    return {
      id: spec.id,
      startMs: startMsOf(spec),
      name: spec.name,
      type: spec.sportType,
      elapsedTime: seconds,
      movingTime: seconds,
      distanceM: spec.recording?.distance.at(-1) ?? 0,
      filename: `activities/${spec.id}.fit`,
    }
  })
  await writeZip(archive, [
    { name: 'activities.csv', data: activitiesCsv(rows) },
    ...IMPORTED.map((spec) => ({
      name: `activities/${spec.id}.fit`,
      data: encodeFit(fitPoints(spec)),
    })),
  ])
  return archive
}

it('gives the contract’s answers for activities imported from Strava’s bulk export', async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 0, seed: 4 } })
  work = mkdtempSync(join(tmpdir(), 'trailkeep-lab-import-'))
  const cli = async (...args: string[]) => {
    const io = captureIo(h!.env)
    const code = await runCli(args, { ...io.io, clock: h!.clock })
    return { code, json: <T>() => JSON.parse(io.stdout()) as T }
  }
  expect((await cli('import', await exportArchive(work))).code).toBe(0)
  const set = ['--ftp', '250', '--threshold-hr', '170', '--max-hr', '190', '--resting-hr', '50']
  expect((await cli('athlete', 'set', ...set, '--from', '2025-01-01')).code).toBe(0)

  const days = (await cli('fitness', '--json')).json<
    { date: string; load: number; fitness: number }[]
  >()
  expect(days.map((d) => d.date)).toEqual(['2025-04-01', '2025-04-02'])
  // One hour at exactly FTP is 100; 2,461 readings at threshold heart rate are 2461/3600 · 100.
  expect(days[0]?.load).toBeCloseTo(100, 9)
  expect(days[0]?.fitness).toBeCloseTo(100 * (1 - Math.exp(-1 / 42)), 9)
  expect(days[1]?.load).toBeCloseTo((2461 / 3600) * 100, 9)

  const bests = (await cli('bests', '--json', '--sport', 'Run')).json<
    { distance: number; seconds: number; activityId: number }[]
  >()
  expect(bests.find((b) => b.distance === 1000)).toMatchObject({ seconds: 210, activityId: 202 })
  expect(bests.find((b) => b.distance === 400)).toMatchObject({ seconds: 84, activityId: 202 })

  const power = (await cli('curve', '--json', '--stream', 'watts', '--sport', 'Ride')).json<
    { seconds: number; value: number; activityId: number }[]
  >()
  expect(power.find((p) => p.seconds === 3600)).toEqual({
    seconds: 3600,
    value: 250,
    activityId: 201,
  })
  expect((await cli('eddington', '--json', '--sport', 'Ride')).json()).toEqual({ km: 1, miles: 1 })
})
