/**
 * Activities with answers worked out by hand, for the lab's integration tests: their streams
 * second by second, and the same activities as the emulator serves them or as a FIT file in a
 * Strava bulk export.
 */
import type { EmulatorActivity } from '../strava-emulator'
import type { FixturePoint } from './strava-export-fixture'

export interface Recording {
  time: number[]
  distance: number[]
  watts?: number[]
  heartrate?: number[]
}

/** `seconds` of steady riding: constant power, 10 m/s. */
export function steadyRide(seconds: number, watts: number, heartrate?: number): Recording {
  const time = Array.from({ length: seconds + 1 }, (_, t) => t)
  return {
    time,
    distance: time.map((t) => t * 10),
    watts: time.map(() => watts),
    ...(heartrate === undefined ? {} : { heartrate: time.map(() => heartrate) }),
  }
}

/**
 * The example: 10 km at 4:00 /km except the third kilometre at 3:30 /km, so the fastest
 * kilometre is 210 s (seconds 500 to 710), 400 m 84 s, a mile 210 + 609.344 / 4 = 362.336 s,
 * 5 km 1210 s and 10 km 2460 s.
 */
export function tenKmWithFastThird(heartrate?: number): Recording {
  const time = Array.from({ length: 2461 }, (_, t) => t)
  const distance = time.map((t) =>
    t <= 500 ? t * 4 : t <= 710 ? 2000 + ((t - 500) * 1000) / 210 : 3000 + (t - 710) * 4,
  )
  return {
    time,
    distance,
    ...(heartrate === undefined ? {} : { heartrate: time.map(() => heartrate) }),
  }
}

/** A steady run: `metres` at `secondsPerKm`, one sample a second. */
export function steadyRun(metres: number, secondsPerKm: number): Recording {
  const seconds = Math.round((metres / 1000) * secondsPerKm)
  const time = Array.from({ length: seconds + 1 }, (_, t) => t)
  return { time, distance: time.map((t) => (t * 1000) / secondsPerKm) }
}

export interface LabActivitySpec {
  id: number
  name: string
  sportType: 'Run' | 'Ride' | 'Walk' | 'TrailRun' | 'VirtualRide'
  /** Wall clock at the place, `YYYY-MM-DDTHH:MM:SS`. */
  local: string
  /** Hours the place is ahead of UTC. */
  utcOffsetHours?: number
  recording?: Recording
  /** Metres and seconds of an activity without streams. */
  distance?: number
  movingTime?: number
  gearId?: string
}

function streamsOf(r: Recording): Record<string, unknown[]> {
  return {
    time: r.time,
    distance: r.distance,
    moving: r.time.map(() => true),
    ...(r.watts ? { watts: r.watts } : {}),
    ...(r.heartrate ? { heartrate: r.heartrate } : {}),
  }
}

/** The startMs (UTC) of a spec. */
export function startMsOf(spec: LabActivitySpec): number {
  return Date.parse(`${spec.local}Z`) - (spec.utcOffsetHours ?? 1) * 3_600_000
}

/** What `emulator.addActivity` takes for the spec. */
export function emulatorActivity(spec: LabActivitySpec): Partial<EmulatorActivity> {
  const r = spec.recording
  const seconds = r ? (r.time.at(-1) ?? 0) : (spec.movingTime ?? 0)
  const distance = r ? (r.distance.at(-1) ?? 0) : (spec.distance ?? 0)
  const offset = spec.utcOffsetHours ?? 1
  return {
    id: spec.id,
    name: spec.name,
    sport_type: spec.sportType,
    type: spec.sportType,
    start_date: new Date(startMsOf(spec)).toISOString().replace('.000Z', 'Z'),
    start_date_local: `${spec.local}Z`,
    timezone: `(GMT+0${offset}:00) Europe/Berlin`,
    utc_offset: offset * 3600,
    distance,
    moving_time: seconds,
    elapsed_time: seconds,
    manual: !r,
    has_heartrate: Boolean(r?.heartrate),
    gear_id: spec.gearId ?? null,
    ...(r ? { streams: streamsOf(r) } : {}),
  }
}

/** The spec's recording as FIT samples. */
export function fitPoints(spec: LabActivitySpec): FixturePoint[] {
  const r = spec.recording
  if (!r) return []
  const start = startMsOf(spec)
  return r.time.map((t, i) => ({
    timeMs: start + t * 1000,
    distance: r.distance[i],
    ...(r.watts ? { watts: r.watts[i] } : {}),
    ...(r.heartrate ? { heartrate: r.heartrate[i] } : {}),
  }))
}
