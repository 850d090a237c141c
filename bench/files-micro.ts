/**
 * `npx tsx bench/files-micro.ts`: parse + derive time per device file, for synthetic one-hour
 * recordings (3,600 one-second samples with position, altitude, distance, heart rate, cadence
 * and power) as FIT, GPX and TCX, plain and gzipped. The median of many runs after a warm-up,
 * on one core: importing 2,000 files on two worker threads takes about 1,000 × this.
 */
import { gzipSync } from 'node:zlib'
import { parseActivityFile } from '../src/main/core/import/activity-files/parse-activity-file'
import type { ActivityFileFormat } from '../src/main/core/import/activity-files/recorded-activity'
import { fitBytes, gpxDocument, tcxDocument, type Sample } from '../test/helpers/device-files'
import { encodeFit, gpxText, tcxText } from '../test/helpers/strava-export-fixture'

const START = Date.UTC(2024, 4, 1, 6)
const NOW = Date.UTC(2025, 0, 1)
const SAMPLES = 3_600

function hour(): Sample[] {
  return Array.from({ length: SAMPLES }, (_, i) => ({
    timeMs: START + i * 1000,
    lat: 50.9 + Math.sin(i / 600) * 0.02,
    lng: 6.95 + (i / SAMPLES) * 0.1,
    altitude: Number((60 + 15 * Math.sin(i / 300)).toFixed(1)),
    distance: Number((i * 2.9).toFixed(2)),
    heartrate: 130 + (i % 30),
    cadence: 85 + (i % 5),
    watts: 180 + (i % 60),
    temp: 18,
  }))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Median wall and CPU milliseconds; CPU time is what two busy worker threads divide. */
function measure(bytes: Uint8Array, format: ActivityFileFormat, runs = 60) {
  const parse = () => {
    const parsed = parseActivityFile(bytes, format, { now: NOW })
    if (parsed.kind !== 'activity') throw new Error(`${format}: ${parsed.reason}`)
  }
  for (let i = 0; i < 15; i++) parse()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    parse()
    const used = process.cpuUsage(cpuStarted)
    wall.push(performance.now() - started)
    cpu.push((used.user + used.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

const samples = hour()
const fit = fitBytes({
  records: samples,
  sessions: [{ startTime: new Date(START), sport: 'cycling', totalElapsedTime: 3599 }],
})
const gpx = new TextEncoder().encode(gpxDocument([{ type: 'cycling', segments: [samples] }]))
const tcx = new TextEncoder().encode(tcxDocument('Biking', [{ startMs: START, tracks: [samples] }]))
// The Strava export fixtures write every sensor extension a real GPX/TCX export has.
const fullGpx = new TextEncoder().encode(gpxText(samples as Parameters<typeof gpxText>[0]))
const fullTcx = new TextEncoder().encode(tcxText(samples as Parameters<typeof tcxText>[0]))
const exportFit = encodeFit(samples as Parameters<typeof encodeFit>[0])

const rows: [string, Uint8Array, ActivityFileFormat][] = [
  ['FIT (session + records)', fit, 'fit'],
  ['FIT (records only)', exportFit, 'fit'],
  ['FIT.gz', gzipSync(fit), 'fit'],
  ['GPX (hr extension)', gpx, 'gpx'],
  ['GPX (all sensor extensions)', fullGpx, 'gpx'],
  ['GPX.gz', gzipSync(fullGpx), 'gpx'],
  ['TCX (hr, distance)', tcx, 'tcx'],
  ['TCX (all sensors)', fullTcx, 'tcx'],
]
console.log(`parse + derive, one-hour file (${SAMPLES} samples), median wall / CPU ms:`)
for (const [label, bytes, format] of rows) {
  const { wall, cpu } = measure(bytes, format)
  console.log(
    `${label.padEnd(30)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB` +
      `  ${wall.toFixed(2).padStart(7)} ms  ${cpu.toFixed(2).padStart(7)} ms CPU`,
  )
}
