/**
 * The map explorer on 50,000 activities through the real core: a library file with 50,000
 * synthetic GPS activities (bench/maps-fixture.ts, streams stored as the sync stores them), then
 * the targets: explorer tiles at zoom 14 and 17 from scratch (every activity's streams
 * decoded and prepared in the worker pool, then the figures), one new activity added, the
 * heatmap's first screen and later tiles, and `similar` for one activity. Each figure is wall time
 * with the CPU time of this process beside it (worker threads included): on a shared machine the
 * difference is time spent waiting for a core. `--count N` for a smaller run.
 */
import {
  closeSync,
  cpSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createCore, type CoreParts } from '../src/main/core/create-core'
import { resolvePassphraseProtection } from '../src/main/core/crypto/passphrase-protection'
import { encodeStreamSet } from '../src/main/core/db/streams-codec'
import { deriveStale } from '../src/main/core/derived/derive-runner'
import { heatPackFolder, removeHeatPacks } from '../src/main/core/maps/heat-pack-file'
import { preparePackFiles } from '../src/main/core/maps/heat-packs'
import { mapDeriver } from '../src/main/core/maps/map-deriver'
import { faceOf } from '../src/main/core/open-trailkeep'
import { tileAt } from '../src/main/core/maps/tile-math'
import type { StreamSet } from '../src/main/core/strava/activity-schemas'
import { REGION_CENTRE, syntheticActivity, trackLength } from './maps-fixture'
import { figure, type BenchFigure } from './report'

const BENCH = 'maps 50,000 activities'
const START = Date.UTC(2012, 0, 1) / 1000
/** Raise when the library the bench builds changes (the cached copy is then built again). */
const FIXTURE_VERSION = 3

interface Timed<T> {
  value: T
  wall: number
  cpu: number
}

async function timed<T>(run: () => T | Promise<T>): Promise<Timed<T>> {
  const cpuStart = process.cpuUsage()
  const wallStart = performance.now()
  const value = await run()
  const wall = performance.now() - wallStart
  const used = process.cpuUsage(cpuStart)
  return { value, wall, cpu: (used.user + used.system) / 1000 }
}

/** Degrees to Strava's six decimals, as the sync stores them. */
const asStrava = (value: number) => Math.round(value * 1e6) / 1e6

function streamsOf(index: number): { streams: StreamSet; distance: number; seconds: number } {
  const latlng = syntheticActivity(index).map(([lat, lon]): [number, number] => [
    asStrava(lat),
    asStrava(lon),
  ])
  const time = latlng.map((_, i) => i)
  let total = 0
  const distance = latlng.map((p, i) => {
    if (i > 0) total += trackLength([latlng[i - 1] as [number, number], p])
    return Math.round(total * 10) / 10
  })
  const streams = { time, latlng: latlng as [number, number][], distance } as StreamSet
  return { streams, distance: total, seconds: latlng.length }
}

function insertActivity(parts: CoreParts, index: number, id: number): void {
  const { streams, distance, seconds } = streamsOf(index)
  const start = START + index * 6000
  const local = new Date(start * 1000).toISOString().replace(/\.\d+Z$/, 'Z')
  const encoded = encodeStreamSet(streams)
  const sqlite = parts.database.sqlite
  sqlite
    .prepare(
      `INSERT INTO activities (id, athlete_id, name, sport_type, start_date, start_date_local,
         distance, moving_time, elapsed_time, total_elevation_gain, summary_json, detail_pending,
         streams_state, first_seen_at, updated_at)
       VALUES (?, 1, ?, 'Ride', ?, ?, ?, ?, ?, 0, '{}', 0, 'stored', ?, ?)`,
    )
    .run(id, `Ride ${index}`, start, local, distance, seconds, seconds, start, start)
  sqlite
    .prepare(
      'INSERT INTO activity_streams (activity_id, keys, sample_count, data, fetched_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(id, encoded.keys, encoded.sampleCount, encoded.data, start)
}

function screen(zoom: number): { x: number; y: number }[] {
  const centre = tileAt(REGION_CENTRE[0], REGION_CENTRE[1], zoom)
  const tiles: { x: number; y: number }[] = []
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -2; dx <= 1; dx++) tiles.push({ x: centre.x + dx, y: centre.y + dy })
  return tiles
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

export function openCore(dataDir: string): Promise<CoreParts> {
  return createCore({
    dataDir,
    endpoints: {
      oauthOrigin: 'http://127.0.0.1:9',
      api: { kind: 'fixed', base: 'http://127.0.0.1:9' },
    },
    resolveProtection: (db) => resolvePassphraseProtection(db, 'maps bench passphrase'),
    openExternal: async () => undefined,
    allowMemoryOnlyTokens: false,
  })
}

/**
 * A data folder holding the library of `count` activities and nothing derived: a copy of one
 * built on the first run (a few minutes for 50,000) and kept in the temp folder.
 */
export async function libraryCopy(count: number): Promise<string> {
  const folder = join(tmpdir(), 'trailkeep-maps-bench')
  // Opening the copy brings it to the current schema, as the app does with an older library.
  const template = join(folder, `library-v${FIXTURE_VERSION}-${count}`)
  if (!existsSync(template)) {
    mkdirSync(folder, { recursive: true })
    const building = `${template}.building`
    rmSync(building, { recursive: true, force: true })
    const parts = await openCore(building)
    try {
      const built = await timed(() =>
        parts.db.transaction(() => {
          for (let i = 0; i < count; i++) insertActivity(parts, i, 1_000_000 + i)
        }),
      )
      console.error(`[maps] library of ${count} built in ${(built.wall / 1000).toFixed(1)} s`)
    } finally {
      parts.close()
    }
    renameSync(building, template)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'trailkeep-maps-bench-'))
  cpSync(template, dataDir, { recursive: true })
  // On disk before the clock starts, as a library is when the app opens it: otherwise the first
  // checkpoint's fsync would wait for the copy's gigabyte to be written.
  for (const name of readdirSync(dataDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dataDir, name)
    if (!statSync(path).isFile()) continue
    const fd = openSync(path, 'r+')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
  return dataDir
}

export async function runMapsBench(count = 50_000): Promise<BenchFigure[]> {
  const dataDir = await libraryCopy(count)
  const figures: BenchFigure[] = []
  const ms = (metric: string, t: { wall: number; cpu: number }, target?: number) => {
    figures.push(
      figure(
        BENCH,
        `${metric}, wall`,
        t.wall,
        'ms',
        target === undefined ? undefined : { text: `< ${target}`, ok: t.wall < target },
      ),
      figure(BENCH, `${metric}, cpu (all threads)`, t.cpu, 'ms'),
    )
    console.error(`[maps] ${metric}: ${t.wall.toFixed(1)} ms wall, ${t.cpu.toFixed(1)} ms cpu`)
  }
  const parts = await openCore(dataDir)
  try {
    let maps = faceOf(parts).maps

    // The map explorer's own data; the lab's analysis of the same streams is measured below
    // and in the lab bench (the app runs both, the maps first).
    const mapsOnly = { db: parts.db, workers: parts.workers, clock: parts.clock }
    const fromScratch = await timed(async () => {
      await deriveStale(mapsOnly, mapDeriver)
      return [maps.explorer({ zoom: 14 }), maps.explorer({ zoom: 17 })]
    })
    ms(
      `explorer tiles z14 + z17 from scratch (${parts.workers.threads} worker threads)`,
      fromScratch,
      20_000,
    )
    const [z14, z17] = fromScratch.value
    console.error(`[maps] z14 ${JSON.stringify(z14)} z17 ${JSON.stringify(z17)}`)

    insertActivity(parts, count + 17, 999_999)
    const derivingOne = await timed(() => deriveStale(mapsOnly, mapDeriver))
    ms('one new activity: map data prepared (derive runner over the library)', derivingOne)
    const oneMore = await timed(() => [maps.explorer({ zoom: 14 }), maps.explorer({ zoom: 17 })])
    ms('one new activity: explorer tiles z14 + z17 brought up to date', oneMore)
    ms(
      'explorer tiles z14 + z17 after one new activity, in all',
      { wall: derivingOne.wall + oneMore.wall, cpu: derivingOne.cpu + oneMore.cpu },
      50,
    )

    // The heatmap of a fresh face before any pack is kept: packed from the stored tracks on the
    // first tile (the app opens it so only in the moments after a sync changed the map data).
    const packDir = heatPackFolder(dataDir)
    maps = faceOf(parts).maps
    const unpacked = await timed(() =>
      Promise.all(screen(12).map(({ x, y }) => maps.heatTile({ z: 12, x, y }))),
    )
    ms('heatmap first screen before the pack is kept (packed from the stored tracks)', unpacked)
    // What the app does in the background once the map data is current after a sync. The face
    // above keeps its pack in the background too: let that finish before starting over.
    await new Promise((resolve) => setTimeout(resolve, 5000))
    removeHeatPacks(dataDir)
    const packing = await timed(() => preparePackFiles(parts.db, packDir))
    ms('heatmap pack written after a sync (in the background)', packing)

    // The heatmap as the app opens it: a fresh face, the whole-track pack read from its file.
    maps = faceOf(parts).maps
    const first = await timed(() =>
      Promise.all(screen(12).map(({ x, y }) => maps.heatTile({ z: 12, x, y }))),
    )
    ms(
      'heatmap first screen, 12 tiles at z12 (cold: a fresh face reads the kept pack)',
      first,
      1000,
    )
    const later: { wall: number; cpu: number }[] = []
    for (const zoom of [13, 14, 15, 16]) {
      for (const { x, y } of screen(zoom))
        later.push(await timed(() => maps.heatTile({ z: zoom, x, y })))
    }
    ms(
      'heatmap later tile (48 tiles z13-z16), median',
      { wall: median(later.map((t) => t.wall)), cpu: median(later.map((t) => t.cpu)) },
      50,
    )
    // The issue asks for every later tile under 50 ms: the slowest is the figure that says so.
    ms(
      'heatmap later tile, slowest',
      { wall: Math.max(...later.map((t) => t.wall)), cpu: Math.max(...later.map((t) => t.cpu)) },
      50,
    )

    const queries: { wall: number; cpu: number }[] = []
    let found = 0
    for (let q = 0; q < 13; q++) {
      const id = 1_000_000 + ((q * 7919 + 12_345) % count)
      const t = await timed(() => maps.similar({ id }))
      if (q >= 3) {
        queries.push(t)
        found += t.value.length
      }
    }
    ms(
      `similar for one activity, median of 10 (${(found / 10).toFixed(0)} similar on average)`,
      { wall: median(queries.map((t) => t.wall)), cpu: median(queries.map((t) => t.cpu)) },
      100,
    )
    const everything = await timed(() => parts.derived.refresh())
    ms('every other derived figure (the lab) of the same library, from scratch', everything)
    return figures
  } finally {
    parts.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--count')
  const figures = await runMapsBench(at > 0 ? Number(process.argv[at + 1]) : 50_000)
  console.table(
    figures.map((f) => ({
      metric: f.metric,
      value: Number(f.value.toPrecision(4)),
      unit: f.unit,
      target: f.target ?? '',
      ok: f.ok ?? '',
    })),
  )
}
