/**
 * Builds Strava bulk-export archives for tests and benchmarks: activities.csv, FIT files written
 * with Garmin's Encoder, GPX and TCX text, gzipped variants, zipped with yazl. Nothing downloaded.
 */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { gzipSync } from 'node:zlib'
import { Encoder, Profile, type FileIdMesg, type RecordMesg } from '@garmin/fitsdk'
import { stringify } from 'csv-stringify/sync'
import yazl from 'yazl'
import type { EmulatorActivity } from '../strava-emulator'

export interface FixturePoint {
  timeMs: number
  lat?: number
  lng?: number
  altitude?: number
  distance?: number
  heartrate?: number
  cadence?: number
  watts?: number
  temp?: number
}

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180
const FILE_ID = Profile.MesgNum.FILE_ID as number
const RECORD = Profile.MesgNum.RECORD as number

export function encodeFit(points: FixturePoint[]): Buffer {
  const encoder = new Encoder()
  const start = new Date(points[0]?.timeMs ?? 0)
  const fileId: FileIdMesg = {
    type: 'activity',
    manufacturer: 'development',
    product: 1,
    serialNumber: 1234,
    timeCreated: start,
  }
  encoder.onMesg(FILE_ID, fileId)
  for (const p of points) {
    const record: RecordMesg = {
      timestamp: new Date(p.timeMs),
      positionLat: p.lat === undefined ? undefined : Math.round(p.lat * SEMICIRCLES_PER_DEGREE),
      positionLong: p.lng === undefined ? undefined : Math.round(p.lng * SEMICIRCLES_PER_DEGREE),
      altitude: p.altitude,
      distance: p.distance,
      heartRate: p.heartrate,
      cadence: p.cadence,
      power: p.watts,
      temperature: p.temp,
    }
    encoder.onMesg(RECORD, record)
  }
  return Buffer.from(encoder.close())
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

/** GPX as Strava's own export writes it (`gpxtpx:` prefix) or as Garmin Connect does (`ns3:`). */
export function gpxText(points: FixturePoint[], prefix = 'gpxtpx'): string {
  const ns = 'http://www.garmin.com/xmlschemas/TrackPointExtension/v1'
  const body = points
    .map((p) => {
      const tpx = [
        p.temp === undefined ? '' : `<${prefix}:atemp>${p.temp}</${prefix}:atemp>`,
        p.heartrate === undefined ? '' : `<${prefix}:hr>${p.heartrate}</${prefix}:hr>`,
        p.cadence === undefined ? '' : `<${prefix}:cad>${p.cadence}</${prefix}:cad>`,
      ].join('')
      return (
        `<trkpt lat="${p.lat}" lon="${p.lng}">` +
        (p.altitude === undefined ? '' : `<ele>${p.altitude}</ele>`) +
        `<time>${iso(p.timeMs)}</time><extensions>` +
        (p.watts === undefined ? '' : `<power>${p.watts}</power>`) +
        `<${prefix}:TrackPointExtension>${tpx}</${prefix}:TrackPointExtension></extensions></trkpt>`
      )
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:${prefix}="${ns}">
 <metadata><time>${iso(points[0]?.timeMs ?? 0)}</time></metadata>
 <trk><name>Fixture &amp; friends</name><type>running</type><trkseg>
${body}
 </trkseg></trk>
</gpx>
`
}

export function tcxText(points: FixturePoint[]): string {
  const body = points
    .map(
      (p) =>
        `<Trackpoint><Time>${iso(p.timeMs)}</Time>` +
        (p.lat === undefined
          ? ''
          : `<Position><LatitudeDegrees>${p.lat}</LatitudeDegrees><LongitudeDegrees>${p.lng}</LongitudeDegrees></Position>`) +
        (p.altitude === undefined ? '' : `<AltitudeMeters>${p.altitude}</AltitudeMeters>`) +
        (p.distance === undefined ? '' : `<DistanceMeters>${p.distance}</DistanceMeters>`) +
        (p.heartrate === undefined
          ? ''
          : `<HeartRateBpm><Value>${p.heartrate}</Value></HeartRateBpm>`) +
        (p.cadence === undefined ? '' : `<Cadence>${p.cadence}</Cadence>`) +
        (p.watts === undefined
          ? ''
          : `<Extensions><TPX xmlns="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Watts>${p.watts}</Watts></TPX></Extensions>`) +
        '</Trackpoint>',
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Biking"><Id>${iso(points[0]?.timeMs ?? 0)}</Id>
<Lap StartTime="${iso(points[0]?.timeMs ?? 0)}"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>0</DistanceMeters><Calories>0</Calories><Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>
<Track>
${body}
</Track></Lap></Activity></Activities>
</TrainingCenterDatabase>
`
}

/** Strava's activities.csv: its real header (with the repeated columns) and US-style dates. */
export interface CsvActivity {
  id: number
  startMs: number
  name: string
  type: string
  elapsedTime: number
  movingTime?: number
  distanceM: number
  filename: string
}

/** The activities.csv row of an emulator activity whose original is `filename` ('' for none). */
export function csvRowOf(activity: EmulatorActivity, filename: string): CsvActivity {
  return {
    id: activity.id,
    startMs: Date.parse(activity.start_date),
    name: activity.name,
    type: activity.sport_type,
    elapsedTime: activity.elapsed_time,
    movingTime: activity.moving_time,
    distanceM: activity.distance,
    filename,
  }
}

const HEADER = [
  'Activity ID',
  'Activity Date',
  'Activity Name',
  'Activity Type',
  'Activity Description',
  'Elapsed Time',
  'Distance',
  'Max Heart Rate',
  'Relative Effort',
  'Commute',
  'Activity Private Note',
  'Activity Gear',
  'Filename',
  'Athlete Weight',
  'Bike Weight',
  'Elapsed Time',
  'Moving Time',
  'Distance',
  'Max Speed',
  'Average Speed',
  'Elevation Gain',
]
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function stravaDate(ms: number): string {
  const d = new Date(ms)
  const h = d.getUTCHours()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`
}

export function activitiesCsv(rows: CsvActivity[]): string {
  const body = rows.map((r) => [
    String(r.id),
    stravaDate(r.startMs),
    r.name,
    r.type,
    '',
    String(r.elapsedTime),
    (r.distanceM / 1000).toFixed(2),
    '',
    '',
    'false',
    '',
    '',
    r.filename,
    '',
    '',
    String(r.elapsedTime),
    String(r.movingTime ?? r.elapsedTime),
    String(r.distanceM),
    '',
    '',
    '12',
  ])
  return stringify([HEADER, ...body])
}

export const gzip = (data: Buffer | string) => gzipSync(data)

/** Writes a ZIP with the given entries, stored or deflated like Strava's. */
export async function writeZip(
  file: string,
  entries: { name: string; data: Buffer | string }[],
): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const { name, data } of entries) {
    const buffer = typeof data === 'string' ? Buffer.from(data) : data
    zip.addBuffer(buffer, name, {
      compress: !name.endsWith('.gz'),
      mtime: new Date(Date.UTC(2026, 0, 1)),
    })
  }
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}
