/**
 * Micro-benchmarks of the map core on 50,000 synthetic activities (~1,500 points each) in a
 * 30 km region: heatmap preparation and tiles, explorer tiles, same-route search.
 * Run with `npx tsx bench/maps-micro.ts` (add `--count N` for a smaller run). Figures are wall
 * time on this machine, in process; tracks are generated outside the timed sections.
 */
import { createExplorerAccumulator } from '../src/main/core/maps/explorer-accumulator'
import { coarserTiles, explorerStats } from '../src/main/core/maps/explorer-tiles'
import { HEAT_LOD_ZOOMS, projectTrack, type ProjectedTrack } from '../src/main/core/maps/heat-track'
import { renderHeatTile } from '../src/main/core/maps/heatmap-raster'
import { createRouteIndex } from '../src/main/core/maps/route-index'
import { summarizeRoute, type RouteSummary } from '../src/main/core/maps/route-summary'
import { findSimilarRoutes } from '../src/main/core/maps/similar-routes'
import { tileAt } from '../src/main/core/maps/tile-math'
import { newTileKeys, scanTrackTiles, trackTileKeys } from '../src/main/core/maps/track-tiles'
import { REGION_CENTRE, ROUTES, syntheticActivity, trackLength } from './maps-fixture'

const countArg = process.argv.indexOf('--count')
const COUNT = countArg > 0 ? Number(process.argv[countArg + 1]) : 50_000
const rows: [string, string][] = []

function report(name: string, value: string) {
  rows.push([name, value])
  console.log(`${name.padEnd(58)} ${value}`)
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

/** Wall and CPU time of one run: on a shared machine the gap shows the wait for a core. */
function timeBoth(run: () => void): string {
  const cpu = process.cpuUsage()
  const [, wall] = time(run)
  const used = process.cpuUsage(cpu)
  return `${ms(wall)} (cpu ${ms((used.user + used.system) / 1000)})`
}

// One pass over every activity: each step timed on its own.
const tracks: ProjectedTrack[] = []
const summaries: RouteSummary[] = []
const sets = { 14: new Set<number>(), 17: new Set<number>() }
const accumulators = { 14: createExplorerAccumulator(14), 17: createExplorerAccumulator(17) }
/** Each activity's z17 tiles, as the app would keep them with the activity's derived data. */
const storedTiles: number[][] = []
let [projectMs, tileSetMs, progressMs, summaryMs, points, bytes] = [0, 0, 0, 0, 0, 0]
const levelPoints = HEAT_LOD_ZOOMS.map(() => 0)
for (let i = 0; i < COUNT; i++) {
  const latlng = syntheticActivity(i)
  points += latlng.length
  const [track, projectTime] = time(() => projectTrack(latlng))
  projectMs += projectTime
  tracks.push(track)
  bytes += track.coords.byteLength + track.boxes.byteLength
  HEAT_LOD_ZOOMS.forEach((_, l) => {
    levelPoints[l] =
      (levelPoints[l] ?? 0) + (track.pointStarts[l + 1] ?? 0) - (track.pointStarts[l] ?? 0)
  })
  tileSetMs += time(() => scanTrackTiles(latlng, 17, (key) => sets[17].add(key)))[1]
  storedTiles.push(trackTileKeys(latlng, 17))
  progressMs += time(() => {
    accumulators[14].addTrack(latlng)
    accumulators[17].addTrack(latlng)
  })[1]
  const distance = trackLength(latlng)
  summaryMs += time(() => {
    const summary = summarizeRoute(i, latlng, distance)
    if (summary) summaries.push(summary)
  })[1]
}

console.log(`${COUNT} activities, ${(points / COUNT).toFixed(0)} points on average\n`)
report('heatmap: projection + LODs, per activity', ms(projectMs / COUNT))
report('heatmap: projection + LODs, all activities', ms(projectMs))
report(
  'heatmap: points kept per level ' + HEAT_LOD_ZOOMS.map((z) => `z${z}`).join('/'),
  levelPoints.map((p) => (p / COUNT).toFixed(0)).join(' / '),
)
report(
  'heatmap: memory of prepared tracks',
  `${(bytes / 2 ** 20).toFixed(0)} MiB (${(bytes / COUNT / 1024).toFixed(1)} KiB each)`,
)

// The first screen: a 4 × 3 block of zoom-12 tiles over the region, on a cold renderer.
const centre = tileAt(REGION_CENTRE[0], REGION_CENTRE[1], 12)
const screen: [number, number][] = []
for (let dy = -1; dy <= 1; dy++)
  for (let dx = -2; dx <= 1; dx++) screen.push([centre.x + dx, centre.y + dy])
let pngBytes = 0
const firstScreen = timeBoth(() => {
  for (const [x, y] of screen) pngBytes += renderHeatTile(tracks, 12, x, y).length
})
report('heatmap: first screen, 12 tiles at z12 (cold)', firstScreen)
report('heatmap: first screen PNG bytes', `${(pngBytes / 1024).toFixed(0)} KiB`)
const warmScreen = timeBoth(() => {
  for (const [x, y] of screen) renderHeatTile(tracks, 12, x, y)
})
report('heatmap: same 12 tiles again (warm)', warmScreen)

for (const zoom of [12, 14, 16]) {
  const middle = tileAt(REGION_CENTRE[0], REGION_CENTRE[1], zoom)
  const times: number[] = []
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      times.push(time(() => renderHeatTile(tracks, zoom, middle.x + dx, middle.y + dy))[1])
    }
  }
  report(
    `heatmap: one tile at z${zoom}, median / max of 25 central tiles`,
    `${ms(median(times))} / ${ms(Math.max(...times))}`,
  )
}

// Explorer tiles.
report('explorer: z17 tile set from all points', ms(tileSetMs))
const [z14, coarserMs] = time(() => coarserTiles(sets[17], 17, 14))
sets[14] = z14
report('explorer: z14 tile set from the z17 set', ms(coarserMs))
for (const zoom of [14, 17] as const) {
  const [stats, statsMs] = time(() => explorerStats(sets[zoom], zoom))
  report(
    `explorer: z${zoom} stats from scratch (${stats.visited} tiles, square ${stats.maxSquare}, cluster ${stats.maxCluster})`,
    ms(statsMs),
  )
}
report('explorer: progress series z14 + z17, all activities in order', ms(progressMs))
const fromStored = timeBoth(() => {
  const all17 = new Set<number>()
  for (const keys of storedTiles) for (const key of keys) all17.add(key)
  explorerStats(all17, 17)
  explorerStats(coarserTiles(all17, 17, 14), 14)
})
report('explorer: z14 + z17 stats from stored per-activity z17 tiles', fromStored)
const progressFromStored = timeBoth(() => {
  const at14 = createExplorerAccumulator(14)
  const at17 = createExplorerAccumulator(17)
  for (const keys of storedTiles) {
    at17.addTiles(keys)
    at14.addTiles(coarserTiles(keys, 17, 14))
  }
})
report('explorer: progress series z14 + z17 from stored per-activity tiles', progressFromStored)
const fresh = Array.from({ length: 20 }, (_, k) => syntheticActivity(COUNT + ROUTES * 3 + k * 17))
for (const zoom of [14, 17] as const) {
  const accumulator = accumulators[zoom]
  const times = fresh.map(
    (latlng) =>
      time(() => {
        newTileKeys(accumulator.tiles, latlng, zoom)
        accumulator.addTrack(latlng)
      })[1],
  )
  report(`explorer: one new activity at z${zoom} (new tiles + add), median`, ms(median(times)))
}

// Same-route search for one activity among all.
report('similar: summaries of all activities', ms(summaryMs))
const [index, indexMs] = time(() => createRouteIndex(summaries))
report('similar: build the start/end index', ms(indexMs))
// Five queries after three for warming up; candidate tracks are generated before timing (the
// app reads them from SQLite, which this does not measure).
const queryTimes: number[] = []
let [candidateCount, similarCount] = [0, 0]
for (let q = 0; q < 8; q++) {
  const queryId = (q * 7919 + 12_345) % COUNT
  const route = summaries.find((summary) => summary.id === queryId)
  if (!route) continue
  const query = { route, latlng: syntheticActivity(queryId) }
  const candidates = index.candidates(route)
  const loaded = new Map(candidates.map((c) => [c.id, syntheticActivity(c.id)]))
  const [similar, queryMs] = time(() => findSimilarRoutes(query, index, (id) => loaded.get(id)))
  if (q < 3) continue
  queryTimes.push(queryMs)
  candidateCount += candidates.length
  similarCount += similar.length
}
report(
  `similar: one query, median of 5 (${candidateCount / 5} candidates, ${similarCount / 5} similar on average)`,
  ms(median(queryTimes)),
)
