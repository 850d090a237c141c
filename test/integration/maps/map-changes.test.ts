/**
 * The maps' in-memory state follows the library's changes. The explorer's tile sets: a new
 * activity is added to them, while one deleted, moved out of the filter or with new streams makes
 * them start over; every answer must equal a count made from nothing (a fresh ExplorerState).
 * The heatmap: its packs of tracks hold every live activity, file-only ones (negative ids) too.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storeStreams, upsertSummaries } from '../../../src/main/core/db/activities-repo'
import { openDatabase, type OpenedDatabase } from '../../../src/main/core/db/open-database'
import { deriveStale } from '../../../src/main/core/derived/derive-runner'
import { ExplorerState } from '../../../src/main/core/maps/explorer-state'
import { heatPackFolder, storedPackVersion } from '../../../src/main/core/maps/heat-pack-file'
import { mapsVersion } from '../../../src/main/core/maps/map-rows'
import { HeatmapService } from '../../../src/main/core/maps/heatmap-service'
import { deleteLibrary } from '../../../src/main/core/library/retention'
import type { MapFilter } from '../../../src/main/core/maps/map-filter'
import { mapDeriver } from '../../../src/main/core/maps/map-deriver'
import type { StreamSet } from '../../../src/main/core/strava/activity-schemas'
import { createInlinePool } from '../../../src/main/core/workers/worker-pool'
import { block, tileCentre, trackThroughTiles } from '../../helpers/map-fixtures'
import { NOW, SUMMARIES } from '../../helpers/query-library'

const Z = 14
const X0 = 8800
const Y0 = 5373
const RUNS: MapFilter = { sportTypes: ['Run'] }

let dir = ''
let database: OpenedDatabase
let explorer: ExplorerState

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailkeep-explorer-'))
  database = openDatabase(join(dir, 'trailkeep.sqlite'))
  explorer = new ExplorerState(database.db)
})
afterEach(() => {
  database.close()
  rmSync(dir, { recursive: true, force: true })
})

function streamsThrough(cells: [number, number][]): StreamSet {
  const latlng = trackThroughTiles(Z, cells).map(([lat, lon]): [number, number] => [lat, lon])
  return { latlng, time: latlng.map((_, i) => i) } as StreamSet
}

/** Stores an activity through the given tiles and prepares its map data. */
async function add(id: number, sport: string, cells: [number, number][]) {
  const { db } = database
  const template = SUMMARIES[0] as (typeof SUMMARIES)[number]
  const start = new Date(Date.UTC(2024, 0, id)).toISOString().replace('.000Z', 'Z')
  upsertSummaries(
    db,
    [
      {
        ...template,
        id,
        sport_type: sport,
        type: sport,
        start_date: start,
        start_date_local: start,
      },
    ],
    NOW,
  )
  storeStreams(db, id, streamsThrough(cells), NOW + id)
  await derive()
}

async function derive() {
  const clock = { now: () => NOW, sleep: async () => undefined }
  return deriveStale({ db: database.db, workers: createInlinePool(), clock }, mapDeriver)
}

/** The kept answer, checked against a count from nothing. */
function stats(filter: MapFilter = {}) {
  const kept = explorer.stats(Z, filter)
  expect(kept).toEqual(new ExplorerState(database.db).stats(Z, filter))
  return kept
}

describe('explorer tiles kept in memory', () => {
  it('add a new activity to what they counted', async () => {
    await add(1, 'Run', block(X0, Y0, 3, 2))
    expect(stats()).toMatchObject({ visited: 6, maxSquare: 2 })
    await add(2, 'Ride', block(X0, Y0 + 2, 3, 1))
    expect(stats()).toMatchObject({ visited: 9, maxSquare: 3, maxCluster: 1 })
    expect(stats(RUNS)).toMatchObject({ visited: 6, maxSquare: 2 })
    await add(3, 'Run', block(X0 + 3, Y0, 1, 3))
    expect(stats()).toMatchObject({ visited: 12, maxSquare: 3 })
    expect(stats(RUNS)).toMatchObject({ visited: 9 })
  })

  it('stop counting an activity deleted, or no longer in the filter', async () => {
    await add(1, 'Run', block(X0, Y0, 3, 3))
    await add(2, 'Run', block(X0 + 5, Y0, 2, 2))
    expect(stats(RUNS)).toMatchObject({ visited: 13, maxSquare: 3 })
    expect(stats()).toMatchObject({ visited: 13 })
    database.sqlite.prepare('UPDATE activities SET deleted_at = ? WHERE id = 1').run(NOW)
    expect(stats()).toMatchObject({ visited: 4, maxSquare: 2 })
    database.sqlite.prepare(`UPDATE activities SET sport_type = 'Walk' WHERE id = 2`).run()
    expect(stats(RUNS)).toMatchObject({ visited: 0, maxSquare: 0 })
    expect(stats()).toMatchObject({ visited: 4 })
  })

  it('count an activity anew when its streams change, and are not fooled by other edits', async () => {
    await add(1, 'Run', block(X0, Y0, 3, 3))
    expect(stats()).toMatchObject({ visited: 9 })
    database.sqlite.prepare(`UPDATE activities SET name = 'Renamed' WHERE id = 1`).run()
    expect(stats()).toMatchObject({ visited: 9 })
    storeStreams(database.db, 1, streamsThrough(block(X0, Y0, 2, 1)), NOW + 100)
    expect(await derive()).toBe(1)
    expect(stats()).toMatchObject({ visited: 2, maxSquare: 1 })
  })

  it('start over when the change log no longer reaches back to their last look', async () => {
    await add(1, 'Run', block(X0, Y0, 3, 3))
    expect(stats()).toMatchObject({ visited: 9 })
    database.sqlite.prepare('UPDATE activities SET deleted_at = ? WHERE id = 1').run(NOW)
    database.sqlite.prepare('DELETE FROM activity_changes').run()
    expect(stats()).toMatchObject({ visited: 0 })
  })
})

describe('the heatmap', () => {
  it('holds every live track, file-only ones too, at every zoom, and lets a deleted one go', async () => {
    await add(-5, 'Run', block(X0, Y0, 3, 1))
    await add(7, 'Run', block(X0, Y0, 3, 1))
    await add(8, 'Run', block(X0, Y0 + 4, 3, 1))
    const heatmap = new HeatmapService(database.db, createInlinePool())
    const [lat, lon] = tileCentre(Z, X0 + 1, Y0)
    const passed = async (zoom: number) =>
      (await heatmap.activitiesAt({}, { lat, lon, zoom })).sort((a, b) => a - b)
    expect(await passed(12)).toEqual([-5, 7])
    expect(await passed(16)).toEqual([-5, 7])
    database.sqlite.prepare('UPDATE activities SET deleted_at = ? WHERE id = -5').run(NOW)
    expect(await passed(12)).toEqual([7])
    expect(await passed(16)).toEqual([7])
  })

  it('opens from the packs it kept on disk, with the same answers, and packs again after a change', async () => {
    await add(-5, 'Run', block(X0, Y0, 3, 1))
    await add(7, 'Run', block(X0, Y0, 3, 1))
    const packDir = join(dir, 'heatmap')
    const first = new HeatmapService(database.db, createInlinePool(), packDir)
    const [lat, lon] = tileCentre(Z, X0 + 1, Y0)
    const tile = async (heatmap: HeatmapService, z: number) => {
      const png = await heatmap.tile({}, z, ((X0 + 1) >> (Z - z)) as number, Y0 >> (Z - z))
      return Buffer.from(png).toString('base64')
    }
    const drawn = [await tile(first, 12), await tile(first, 16)]
    await first.preparePacks()
    const files = [join(packDir, 'full.pack')]
    const written = files.map((file) => statSync(file).ino)
    const packedFirst = await storedPackVersion(files[0] as string)

    const reopened = new HeatmapService(database.db, createInlinePool(), packDir)
    expect([await tile(reopened, 12), await tile(reopened, 16)]).toEqual(drawn)
    expect(await reopened.activitiesAt({}, { lat, lon, zoom: 16 })).toEqual([-5, 7])
    await new Promise((resolve) => setTimeout(resolve, 50))
    // Read, not packed again: packing again would have replaced the files.
    expect(files.map((file) => statSync(file).ino)).toEqual(written)

    database.sqlite.prepare('UPDATE activities SET deleted_at = ? WHERE id = -5').run(NOW)
    const afterChange = new HeatmapService(database.db, createInlinePool(), packDir)
    expect(await afterChange.activitiesAt({}, { lat, lon, zoom: 16 })).toEqual([7])
    await afterChange.preparePacks()
    const packedAgain = await storedPackVersion(files[0] as string)
    expect(packedAgain).toBe(`${mapsVersion(database.db)}:full`)
    expect(packedAgain).not.toBe(packedFirst)
  })

  it('leaves no pack behind when the library is deleted', async () => {
    await add(7, 'Run', block(X0, Y0, 3, 1))
    const heatmap = new HeatmapService(database.db, createInlinePool(), heatPackFolder(dir))
    await heatmap.preparePacks()
    expect(readdirSync(heatPackFolder(dir))).toEqual(['full.pack'])
    deleteLibrary({ db: database.db, dataDir: dir })
    expect(existsSync(heatPackFolder(dir))).toBe(false)
  })
})
