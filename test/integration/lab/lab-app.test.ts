import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppSession } from '../../../src/main/core/app-session'
import type { DeriveProgressDto } from '../../../src/shared/dto'
import { dialogsAnswering } from '../../helpers/file-dialogs'
import type { Harness } from '../../helpers/harness'
import { labLibrary, type Cli } from './lab-scenario'

let h: Harness
let cli: (...args: string[]) => Promise<Cli>
let session: AppSession | undefined
let folder: string
const progress: DeriveProgressDto[] = []

const dialogs = dialogsAnswering({ chooseExportFolder: async () => folder })

beforeEach(async () => {
  ;({ h, cli } = await labLibrary())
  expect((await cli('sync')).code).toBe(0)
  folder = mkdtempSync(join(tmpdir(), 'trailkeep-lab-pictures-'))
  progress.length = 0
  session = await h.startSession((event, payload) => {
    if (event === 'derive:progress') progress.push(payload as DeriveProgressDto)
  }, dialogs)
})
afterEach(async () => {
  await session?.close()
  await h.cleanup()
  rmSync(folder, { recursive: true, force: true })
})

/** Resolves once the app has finished a background analysis of `total` activities. */
async function analysed(total: number): Promise<void> {
  await expect
    .poll(() => progress.some((p) => p.kind === 'lab' && p.total === total && p.done === total), {
      timeout: 30_000,
    })
    .toBe(true)
}

describe('the lab in the app', () => {
  it('analyses in the background and again when a threshold changes, with progress', async () => {
    const lab = session!.handlers.lab
    await analysed(10)
    expect((await lab.fitness({})).scored).toBe(0)
    progress.length = 0
    // A first FTP changes every unscored activity's explanation of what is missing.
    await lab.setThresholds({ values: { ftp: 200 }, from: '2025-01-01' })
    await analysed(10)
    progress.length = 0
    // A new value affects only the four rides with power.
    await lab.setThresholds({ values: { ftp: 250 }, from: '2025-01-01' })
    await analysed(4)
    const { days, scored } = await lab.fitness({})
    expect(scored).toBe(4)
    expect(days.find((d) => d.date === '2025-03-03')?.load).toBe(100)
  })

  it('marks in an activity the efforts that were records when set and ranks them all', async () => {
    const lab = session!.handlers.lab
    await analysed(10)
    const tenKm = await lab.activity({ id: 102 })
    const tenOf = (distance: number) => tenKm?.efforts.find((e) => e.distance === distance)
    // 84 s was the fastest 400 m on 4 March; the trail run's 80 s on 9 March beat it.
    expect(tenOf(400)).toMatchObject({ seconds: 84, rank: 2, recordWhenSet: true })
    expect(tenOf(1000)).toMatchObject({ seconds: 210, rank: 1, recordWhenSet: true })
    const trail = await lab.activity({ id: 108 })
    expect(trail?.efforts).toEqual([
      expect.objectContaining({ distance: 400, seconds: 80, rank: 1, recordWhenSet: true }),
      expect.objectContaining({ distance: 1000, seconds: 320, rank: 3, recordWhenSet: false }),
    ])
  })

  it('adds up gear from the activities that name it and keeps a retirement distance', async () => {
    const lab = session!.handlers.lab
    await analysed(10)
    const gear = await lab.gear(undefined)
    expect(gear.map(({ id, activities, distance }) => ({ id, activities, distance }))).toEqual([
      { id: 'b1001', activities: 2, distance: 48_000 },
      { id: 'g2002', activities: 1, distance: 10_000 },
    ])
    expect(gear[0]).toMatchObject({ kind: 'bike', lastActivity: { id: 103 }, retireDistance: null })
    const after = await lab.setGearRetirement({ gearId: 'b1001', distance: 40_000 })
    expect(after[0]?.retireDistance).toBe(40_000)
    expect(
      (await lab.setGearRetirement({ gearId: 'b1001', distance: null }))[0]?.retireDistance,
    ).toBe(null)
  })

  it('saves the picture the page drew where the user chose, and refuses anything but a PNG', async () => {
    const lab = session!.handlers.lab
    const png = readFileSync(new URL('../../../resources/icon.png', import.meta.url))
    const saved = await lab.saveImage({
      name: 'trailkeep-2025-in-review',
      pngBase64: png.toString('base64'),
    })
    expect(saved?.path).toBe(join(folder, 'trailkeep-2025-in-review.png'))
    expect(readFileSync(join(folder, 'trailkeep-2025-in-review.png')).equals(png)).toBe(true)
    const again = await lab.saveImage({
      name: 'trailkeep-2025-in-review',
      pngBase64: png.toString('base64'),
    })
    expect(again?.path).toBe(join(folder, 'trailkeep-2025-in-review-2.png'))
    await expect(
      lab.saveImage({
        name: 'x',
        pngBase64: Buffer.from('<svg onload=alert(1)>').toString('base64'),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('stops counting an activity deleted on Strava', async () => {
    await analysed(10)
    await session?.close()
    session = undefined
    h.emulator.deleteActivity(108)
    expect((await cli('sync', '--full')).code).toBe(0)
    const bests = (await cli('bests', '--json', '--sport', 'Run')).json<
      { distance: number; seconds: number; activityId: number }[]
    >()
    expect(bests.find((b) => b.distance === 400)).toMatchObject({ seconds: 84, activityId: 102 })
    const speed = (
      await cli('curve', '--json', '--stream', 'velocity_smooth', '--sport', 'Run')
    ).json<{ activityId: number }[]>()
    expect(speed.some((p) => p.activityId === 108)).toBe(false)
  })
})
