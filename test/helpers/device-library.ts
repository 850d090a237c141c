/**
 * Device files of the emulator's activities, as a watch would have written them: a FIT activity
 * file per recorded activity (records from the emulator's streams, a session naming the sport),
 * started `offsetSeconds` after Strava's start time, as a device and Strava often disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EmulatorActivity, SportType } from '../strava-emulator'
import { generateStreams } from '../strava-emulator/streams'
import { fitBytes, type Sample } from './device-files'
import { activitiesCsv, csvRowOf, gzip, writeZip, type CsvActivity } from './strava-export-fixture'

/** The FIT sport and sub-sport a device writes for each of the emulator's sport types. */
const FIT_SPORTS: Record<SportType, { sport: string; subSport?: string }> = {
  Run: { sport: 'running' },
  TrailRun: { sport: 'running', subSport: 'trail' },
  Ride: { sport: 'cycling' },
  GravelRide: { sport: 'cycling', subSport: 'gravelCycling' },
  VirtualRide: { sport: 'cycling', subSport: 'virtualActivity' },
  Walk: { sport: 'walking' },
  Hike: { sport: 'hiking' },
  Swim: { sport: 'swimming' },
  WeightTraining: { sport: 'training', subSport: 'strengthTraining' },
}

/**
 * The activity's samples as its device recorded them, `offsetSeconds` late; null for manual.
 * With `every` above 1, one sample in `every` (and the last), as a watch's "smart recording".
 */
export function recordedSamples(
  activity: EmulatorActivity,
  offsetSeconds = 0,
  every = 1,
): Sample[] | null {
  const streams = generateStreams(activity) as Record<string, unknown[]> | null
  if (!streams) return null
  const start = Date.parse(activity.start_date) + offsetSeconds * 1000
  const at = (key: string, i: number) => streams[key]?.[i] as number | undefined
  const time = streams.time as number[]
  const kept = time.flatMap((_, i) => (i % every === 0 || i === time.length - 1 ? [i] : []))
  return kept.map((i) => {
    const t = time[i] as number
    const [lat, lng] = (streams.latlng?.[i] as [number, number] | undefined) ?? []
    return {
      timeMs: start + t * 1000,
      lat,
      lng,
      altitude: at('altitude', i),
      distance: at('distance', i),
      heartrate: at('heartrate', i),
      cadence: at('cadence', i),
      watts: at('watts', i),
    }
  })
}

/** A FIT activity file of the activity; null when it has no recording (manual). */
export function deviceFitOf(
  activity: EmulatorActivity,
  offsetSeconds = 0,
  every = 1,
): Uint8Array | null {
  const records = recordedSamples(activity, offsetSeconds, every)
  if (!records || records.length < 2) return null
  const first = records[0]?.timeMs as number
  const last = records[records.length - 1]?.timeMs as number
  return fitBytes({
    records,
    sessions: [
      {
        startTime: new Date(first),
        totalElapsedTime: (last - first) / 1000,
        totalDistance: activity.distance,
        ...FIT_SPORTS[activity.sport_type],
      },
    ],
  })
}

/**
 * Writes a FIT file for every recorded activity into `dir` (in subfolders of ten, as sync
 * folders nest), each `offset(i)` seconds late; returns the activities that got one.
 */
export function writeDeviceFiles(
  dir: string,
  activities: readonly EmulatorActivity[],
  offset: (index: number) => number = () => 0,
  every = 1,
): EmulatorActivity[] {
  const written: EmulatorActivity[] = []
  activities.forEach((activity, i) => {
    const bytes = deviceFitOf(activity, offset(i), every)
    if (!bytes) return
    const folder = join(dir, `batch-${Math.floor(i / 10)}`)
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, `${activity.id}.fit`), bytes)
    written.push(activity)
  })
  return written
}

/**
 * Strava's bulk export of the emulator's activities: activities.csv and a gzipped FIT original
 * of every recorded one (manual ones have none), `every` as in recordedSamples.
 */
export async function writeStravaExport(
  archive: string,
  activities: readonly EmulatorActivity[],
  every = 10,
): Promise<void> {
  const entries: { name: string; data: Buffer | string }[] = []
  const rows: CsvActivity[] = activities.map((activity, i) => {
    const fit = deviceFitOf(activity, 0, every)
    const filename = fit ? `activities/${2_000_000_000 + i}.fit.gz` : ''
    if (fit) entries.push({ name: filename, data: gzip(Buffer.from(fit)) })
    return csvRowOf(activity, filename)
  })
  await writeZip(archive, [{ name: 'activities.csv', data: activitiesCsv(rows) }, ...entries])
}
