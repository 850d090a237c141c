/**
 * Micro-benchmarks of the map core on 50,000 synthetic activities (~1,500 points each) in a
 * 30 km region: heatmap preparation and tiles, explorer tiles, same-route search.
 * Run with `npx tsx bench/maps-micro.ts` (add `--count N` for a smaller run). Each figure is
 * wall time and, in brackets, the CPU time of this process: on a shared machine the gap is the
 * wait for a core. Tracks are generated outside the timed sections.
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

/** Wall and CPU milliseconds, added up over runs. */
class Timer {
  wall = 0
  cpu = 0
  runs: { wall: number; cpu: number }[] = []

  time<T>(run: () => T): T {
    const cpuStart = process.cpuUsage()
    const wallStart = performance.now()
    const result = run()
    const wall = performance.now() - wallStart
    const used = process.cpuUsage(cpuStart)
    const cpu = (used.user + used.system) / 1000
    this.wall += wall
    this.cpu += cpu
    this.runs.push({ wall, cpu })
    return result
  }

  total(divisor = 1): string {
    return `${ms(this.wall / divisor)} (cpu ${ms(this.cpu / divisor)})`
  }

  medianAndMax(): string {
    const byWall = [...this.runs].sort((a, b) => a.wall - b.wall)
    const middle = byWall[Math.floor(byWall.length / 2)] ?? { wall: 0, cpu: 0 }
    const cpus = this.runs.map((run) => run.cpu).sort((a, b) => a - b)
    return `median ${ms(middle.wall)} (cpu ${ms(cpus[Math.floor(cpus.length / 2)] ?? 0)}), max ${ms(byWall.at(-1)?.wall ?? 0)} (cpu ${ms(cpus.at(-1) ?? 0)})`
  }
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`
}

function report(name: string, value: string) {
  console.log(`${name.padEnd(60)} ${value}`)
}

// One pass over every activity: each step timed on its own.
const tracks: ProjectedTrack[] = []
const summaries: RouteSummary[] = []
const z17 = new Set<number>()
const accumulators = { 14: createExplorerAccumulator(14), 17: createExplorerAccumulator(17) }
/** Each activity's z17 tiles, as the app would keep them with the activity's derived data. */
const storedTiles: number[][] = []
const projecting = new Timer()
const scanning = new Timer()
const progressing = new Timer()
const summarizing = new Timer()
let [points, bytes] = [0, 0]
const levelPoints = HEAT_LOD_ZOOMS.map(() => 0)
for (let i = 0; i < COUNT; i++) {
  const latlng = syntheticActivity(i)
  points += latlng.length
  const track = projecting.time(() => projectTrack(latlng))
  tracks.push(track)
  bytes += track.coords.byteLength + track.boxes.byteLength
  HEAT_LOD_ZOOMS.forEach((_, l) => {
    const kept = (track.pointStarts[l + 1] ?? 0) - (track.pointStarts[l] ?? 0)
    levelPoints[l] = (levelPoints[l] ?? 0) + kept
  })
  scanning.time(() => scanTrackTiles(latlng, 17, (key) => z17.add(key)))
  storedTiles.push(trackTileKeys(latlng, 17))
  progressing.time(() => {
    accumulators[14].addTrack(latlng)
    accumulators[17].addTrack(latlng)
  })
  const distance = trackLength(latlng)
  const summary = summarizing.time(() => summarizeRoute(i, latlng, distance))
  if (summary) summaries.push(summary)
}

console.log(`${COUNT} activities, ${(points / COUNT).toFixed(0)} points on average\n`)
report('heatmap: projection + LODs, per activity', projecting.total(COUNT))
report('heatmap: projection + LODs, all activities', projecting.total())
report(
  `heatmap: points kept per level ${HEAT_LOD_ZOOMS.map((z) => `z${z}`).join('/')}`,
  levelPoints.map((p) => (p / COUNT).toFixed(0)).join(' / '),
)
report(
  'heatmap: memory of prepared tracks',
  `${(bytes / 2 ** 20).toFixed(0)} MiB (${(bytes / COUNT / 1024).toFixed(1)} KiB each)`,
)

/** A 4 × 3 block of tiles at `zoom` round the region's centre: one screen of map. */
function screenAt(zoom: number): [number, number][] {
  const centre = tileAt(REGION_CENTRE[0], REGION_CENTRE[1], zoom)
  const tiles: [number, number][] = []
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -2; dx <= 1; dx++) tiles.push([centre.x + dx, centre.y + dy])
  }
  return tiles
}

// The first screen on a cold renderer: z12 shows 26 × 20 km, most of every track; z11 all.
let pngBytes = 0
const firstScreen = new Timer()
firstScreen.time(() => {
  for (const [x, y] of screenAt(12)) pngBytes += renderHeatTile(tracks, 12, x, y).length
})
report('heatmap: first screen, 12 tiles at z12 (cold)', firstScreen.total())
report('heatmap: first screen PNG bytes', `${(pngBytes / 1024).toFixed(0)} KiB`)
for (const zoom of [12, 11]) {
  const warm = new Timer()
  warm.time(() => {
    for (const [x, y] of screenAt(zoom)) renderHeatTile(tracks, zoom, x, y)
  })
  report(`heatmap: 12 tiles at z${zoom} (warm)`, warm.total())
}
for (const zoom of [12, 14, 16]) {
  const tiles = new Timer()
  for (const [x, y] of screenAt(zoom)) tiles.time(() => renderHeatTile(tracks, zoom, x, y))
  report(`heatmap: one tile at z${zoom}, 12 central tiles`, tiles.medianAndMax())
}

// Explorer tiles.
report('explorer: z17 tile set from all points', scanning.total())
const coarsening = new Timer()
const z14 = coarsening.time(() => coarserTiles(z17, 17, 14))
report('explorer: z14 tile set from the z17 set', coarsening.total())
for (const [zoom, set] of [
  [14, z14],
  [17, z17],
] as const) {
  const timer = new Timer()
  const stats = timer.time(() => explorerStats(set, zoom))
  const what = `${stats.visited} tiles, square ${stats.maxSquare}, cluster ${stats.maxCluster}`
  report(`explorer: z${zoom} stats from scratch (${what})`, timer.total())
}
report('explorer: progress series z14 + z17, all activities in order', progressing.total())
const fromStored = new Timer()
fromStored.time(() => {
  const all = new Set<number>()
  for (const keys of storedTiles) for (const key of keys) all.add(key)
  explorerStats(all, 17)
  explorerStats(coarserTiles(all, 17, 14), 14)
})
report('explorer: z14 + z17 stats from stored per-activity z17 tiles', fromStored.total())
const progressFromStored = new Timer()
progressFromStored.time(() => {
  const at14 = createExplorerAccumulator(14)
  const at17 = createExplorerAccumulator(17)
  for (const keys of storedTiles) {
    at17.addTiles(keys)
    at14.addTiles(coarserTiles(keys, 17, 14))
  }
})
report('explorer: progress series z14 + z17 from stored tiles', progressFromStored.total())
const fresh = Array.from({ length: 21 }, (_, k) => syntheticActivity(COUNT + ROUTES * 3 + k * 17))
for (const zoom of [14, 17] as const) {
  const accumulator = accumulators[zoom]
  const adding = new Timer()
  for (const latlng of fresh) {
    adding.time(() => {
      newTileKeys(accumulator.tiles, latlng, zoom)
      accumulator.addTrack(latlng)
    })
  }
  report(`explorer: one new activity at z${zoom} (new tiles + add)`, adding.medianAndMax())
}

// Same-route search for one activity among all.
report('similar: summaries of all activities', summarizing.total())
const indexing = new Timer()
const index = indexing.time(() => createRouteIndex(summaries))
report('similar: build the start/end index', indexing.total())
// Five queries after three for warming up; candidate tracks are generated before timing (the
// app reads them from SQLite, which this does not measure).
const querying = new Timer()
let [candidateCount, similarCount] = [0, 0]
for (let q = 0; q < 8; q++) {
  const queryId = (q * 7919 + 12_345) % COUNT
  const route = summaries.find((summary) => summary.id === queryId)
  if (!route) continue
  const query = { route, latlng: syntheticActivity(queryId) }
  const candidates = index.candidates(route)
  const loaded = new Map(candidates.map((c) => [c.id, syntheticActivity(c.id)]))
  const find = () => findSimilarRoutes(query, index, (id) => loaded.get(id))
  if (q < 3) {
    find()
    continue
  }
  similarCount += querying.time(find).length
  candidateCount += candidates.length
}
report(
  `similar: one query (${candidateCount / 5} candidates, ${similarCount / 5} similar on average)`,
  querying.medianAndMax(),
)
