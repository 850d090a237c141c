/**
 * Performance-lab micro benchmark: milliseconds per activity for a synthetic 3-hour ride at 1 Hz
 * with power, heart rate and speed, from its stored (deflated JSON) streams to every derived
 * figure: decode, 1 Hz series, NP and stress score, three mean-max curves, best efforts, maximum
 * heart rate and time in zones. Run with `npx tsx bench/lab-micro.ts`.
 */
import { performance } from 'node:perf_hooks'
import { decodeStreams, encodeStreams } from '../src/main/core/db/streams-codec'
import { bestEfforts } from '../src/main/core/lab/best-efforts'
import { sustainedMaxHeartRate } from '../src/main/core/lab/estimates'
import { meanMax } from '../src/main/core/lab/mean-max'
import { resampleTo1Hz } from '../src/main/core/lab/resample'
import { bestEffortDistances } from '../src/main/core/lab/sport-family'
import { stressScore } from '../src/main/core/lab/stress-score'
import { COGGAN_POWER_LEVELS } from '../src/main/core/lab/zone-models'
import { timeInZones } from '../src/main/core/lab/zones'
import type { StreamSet } from '../src/main/core/strava/activity-schemas'
import { createRandom } from '../test/strava-emulator/prng'

const SECONDS = 3 * 3600
const WARMUP = 20
const RUNS = 200
const ACTIVITIES = 5000
const CORES = 2

/** A ride with surges, a few power dropouts, a café stop and Strava's usual other streams. */
function syntheticRide(): StreamSet {
  const random = createRandom(2024)
  const time: number[] = []
  const distance: number[] = []
  const watts: (number | null)[] = []
  const heartrate: number[] = []
  const speed: number[] = []
  const others = { cadence: [] as number[], altitude: [] as number[], latlng: [] as number[][] }
  const moving: boolean[] = []
  let d = 0
  let hr = 120
  for (let t = 0; t < SECONDS; t++) {
    const stopped = t > 5400 && t < 5400 + 600
    const surge = Math.floor(t / 300) % 4 === 0 && t % 300 < 60
    const power = stopped ? 0 : Math.max(0, (surge ? 380 : 210) + random.float(-40, 40))
    const v = stopped ? 0 : 8 + power / 100 + random.float(-0.3, 0.3)
    d += v
    hr += ((stopped ? 100 : 110 + power / 4) - hr) * 0.03
    time.push(t)
    distance.push(Math.round(d * 10) / 10)
    watts.push(random.chance(0.001) ? null : Math.round(power))
    heartrate.push(Math.round(hr))
    speed.push(Math.round(v * 1000) / 1000)
    others.cadence.push(stopped ? 0 : 85 + random.int(-5, 5))
    others.altitude.push(Math.round((200 + 50 * Math.sin(t / 900)) * 10) / 10)
    others.latlng.push([47.3 + d / 1e6, 8.5 + d / 2e6].map((x) => Math.round(x * 1e6) / 1e6))
    moving.push(!stopped)
  }
  return { time, distance, watts, heartrate, velocity_smooth: speed, moving, ...others }
}

/** Everything the lab derives from one activity's stored streams. */
function analyse(stored: Buffer): number {
  const streams = decodeStreams(stored)
  const time = streams.time ?? []
  const context = { distance: streams.distance, moving: streams.moving }
  const power = resampleTo1Hz(time, streams.watts ?? [], { kind: 'power', ...context })
  const heartRate = resampleTo1Hz(time, streams.heartrate ?? [], { kind: 'heartrate', ...context })
  const speed = resampleTo1Hz(time, streams.velocity_smooth ?? [], { kind: 'speed', ...context })
  const score = stressScore({
    sportType: 'Ride',
    movingSeconds: power.movingSeconds,
    distance: 0,
    power,
    heartRate,
    thresholds: { ftp: 260, thresholdHr: 165, maxHr: 190, restingHr: 50 },
  })
  const curves = [power, heartRate, speed].map((s) => meanMax(s.values))
  const efforts = bestEfforts(time, streams.distance ?? [], bestEffortDistances('Ride'))
  const maxHr = sustainedMaxHeartRate(heartRate.values) ?? 0
  const zones = timeInZones(power, 260, COGGAN_POWER_LEVELS)
  return score.score + curves.length + efforts.length + maxHr + (zones[0] ?? 0)
}

function millisecondsPer(runs: number, call: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) call()
  const start = performance.now()
  for (let i = 0; i < runs; i++) call()
  return (performance.now() - start) / runs
}

const stored = encodeStreams(syntheticRide())
const decodeMs = millisecondsPer(RUNS, () => decodeStreams(stored))
const totalMs = millisecondsPer(RUNS, () => analyse(stored))
const projectedSeconds = (totalMs * ACTIVITIES) / CORES / 1000
console.log(`lab micro: synthetic ${SECONDS / 3600} h ride, 1 Hz, ${stored.length} bytes stored`)
console.log(`  decode streams        ${decodeMs.toFixed(2)} ms`)
console.log(`  lab figures           ${(totalMs - decodeMs).toFixed(2)} ms`)
console.log(`  total per activity    ${totalMs.toFixed(2)} ms`)
console.log(
  `  ${ACTIVITIES} such activities on ${CORES} cores: about ${projectedSeconds.toFixed(0)} s`,
)
