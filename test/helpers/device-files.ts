/**
 * Device files for the import tests, written here: FIT with Garmin's Encoder (any message, raw
 * FIT values allowed), GPX with tracks and segments, TCX with laps. Nothing downloaded.
 */
import { Encoder, Profile, type Mesg } from '@garmin/fitsdk'

/** A sample: time in ms (or a raw FIT `date_time` via `fitTime`), position in degrees. */
export interface Sample {
  timeMs?: number
  /** Raw FIT seconds, for power-on times. */
  fitTime?: number
  lat?: number
  lng?: number
  altitude?: number
  distance?: number
  speed?: number
  heartrate?: number
  cadence?: number
  watts?: number
}

const SEMICIRCLES = 2 ** 31 / 180
const MESG = Profile.MesgNum as Record<string, number>

export interface FitSpec {
  /** `file_id.type`: 4 activity (default), 2 settings, 9 weight, 32 monitoring, ... */
  type?: number
  records?: Sample[]
  sessions?: Record<string, unknown>[]
  laps?: Record<string, unknown>[]
  activity?: Record<string, unknown>
  timestampCorrelation?: Record<string, unknown>
  deviceSettings?: Record<string, unknown>
  workout?: Record<string, unknown>
  productName?: string
}

/** A FIT file with exactly the messages asked for, in a device's order. */
export function fitBytes(spec: FitSpec): Uint8Array {
  const encoder = new Encoder()
  const write = (num: number | undefined, mesg: Record<string, unknown>) =>
    encoder.onMesg(num as number, mesg as Mesg)
  const first = spec.records?.[0]
  write(MESG.FILE_ID, {
    type: spec.type ?? 4,
    manufacturer: 'garmin',
    product: 3113,
    serialNumber: 1,
    timeCreated: first?.fitTime ?? new Date(first?.timeMs ?? Date.UTC(2024, 0, 1)),
    ...(spec.productName ? { productName: spec.productName } : {}),
  })
  if (spec.deviceSettings) write(MESG.DEVICE_SETTINGS, spec.deviceSettings)
  if (spec.workout) write(MESG.WORKOUT, spec.workout)
  if (spec.timestampCorrelation) {
    write(MESG.TIMESTAMP_CORRELATION, spec.timestampCorrelation)
  }
  for (const p of spec.records ?? []) {
    write(MESG.RECORD, {
      timestamp: p.fitTime ?? new Date(p.timeMs ?? 0),
      positionLat: p.lat === undefined ? undefined : Math.round(p.lat * SEMICIRCLES),
      positionLong: p.lng === undefined ? undefined : Math.round(p.lng * SEMICIRCLES),
      altitude: p.altitude,
      distance: p.distance,
      speed: p.speed,
      heartRate: p.heartrate,
      cadence: p.cadence,
      power: p.watts,
    })
  }
  for (const lap of spec.laps ?? []) write(MESG.LAP, lap)
  for (const session of spec.sessions ?? []) write(MESG.SESSION, session)
  if (spec.activity) write(MESG.ACTIVITY, spec.activity)
  return encoder.close()
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

function gpxPoint(p: Sample, time: (p: Sample) => string | undefined): string {
  const t = time(p)
  return (
    `<trkpt lat="${p.lat}" lon="${p.lng}">` +
    (p.altitude === undefined ? '' : `<ele>${p.altitude}</ele>`) +
    (t === undefined ? '' : `<time>${t}</time>`) +
    (p.heartrate === undefined
      ? ''
      : `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${p.heartrate}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`) +
    '</trkpt>'
  )
}

export interface GpxTrackSpec {
  name?: string
  type?: string
  segments: Sample[][]
}

/** A GPX 1.1 document; `time` writes each sample's time (ISO UTC by default). */
export function gpxDocument(
  tracks: GpxTrackSpec[],
  options: { name?: string; time?: (p: Sample) => string | undefined } = {},
): string {
  const time = options.time ?? ((p: Sample) => (p.timeMs === undefined ? undefined : iso(p.timeMs)))
  const body = tracks
    .map(
      (t) =>
        '<trk>' +
        (t.name ? `<name>${t.name}</name>` : '') +
        (t.type ? `<type>${t.type}</type>` : '') +
        t.segments
          .map((s) => `<trkseg>${s.map((p) => gpxPoint(p, time)).join('\n')}</trkseg>`)
          .join('') +
        '</trk>',
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="Test Device" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
${options.name ? `<metadata><name>${options.name}</name></metadata>` : ''}
${body}
</gpx>
`
}

export interface TcxLapSpec {
  startMs: number
  totalTime?: number
  distance?: number
  calories?: number
  averageHeartrate?: number
  maxHeartrate?: number
  tracks: Sample[][]
}

/** A TCX document with one activity of the given sport. */
export function tcxDocument(sport: string, laps: TcxLapSpec[], extra = ''): string {
  const point = (p: Sample) =>
    '<Trackpoint>' +
    (p.timeMs === undefined ? '' : `<Time>${iso(p.timeMs)}</Time>`) +
    (p.lat === undefined
      ? ''
      : `<Position><LatitudeDegrees>${p.lat}</LatitudeDegrees><LongitudeDegrees>${p.lng}</LongitudeDegrees></Position>`) +
    (p.distance === undefined ? '' : `<DistanceMeters>${p.distance}</DistanceMeters>`) +
    (p.heartrate === undefined
      ? ''
      : `<HeartRateBpm><Value>${p.heartrate}</Value></HeartRateBpm>`) +
    '</Trackpoint>'
  const lap = (l: TcxLapSpec) =>
    `<Lap StartTime="${iso(l.startMs)}">` +
    (l.totalTime === undefined ? '' : `<TotalTimeSeconds>${l.totalTime}</TotalTimeSeconds>`) +
    (l.distance === undefined ? '' : `<DistanceMeters>${l.distance}</DistanceMeters>`) +
    (l.calories === undefined ? '' : `<Calories>${l.calories}</Calories>`) +
    (l.averageHeartrate === undefined
      ? ''
      : `<AverageHeartRateBpm><Value>${l.averageHeartrate}</Value></AverageHeartRateBpm>`) +
    (l.maxHeartrate === undefined
      ? ''
      : `<MaximumHeartRateBpm><Value>${l.maxHeartrate}</Value></MaximumHeartRateBpm>`) +
    l.tracks.map((t) => `<Track>${t.map(point).join('')}</Track>`).join('') +
    '</Lap>'
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="${sport}"><Id>${iso(laps[0]?.startMs ?? 0)}</Id>
${laps.map(lap).join('\n')}${extra}
</Activity></Activities>
</TrainingCenterDatabase>
`
}

/** `count` samples `step` metres apart northwards at `seconds` intervals from `start`. */
export function straightTrack(
  start: number,
  count: number,
  options: { seconds?: number; step?: number; lat?: number; lng?: number } = {},
): Sample[] {
  const { seconds = 1, step = 100, lat = 50, lng = 7 } = options
  // One metre north is 1 / 111194.93 degrees on a 6371008.8 m sphere.
  const degreesPerMetre = 180 / (Math.PI * 6_371_008.8)
  return Array.from({ length: count }, (_, i) => ({
    timeMs: start + i * seconds * 1000,
    lat: lat + i * step * degreesPerMetre,
    lng,
  }))
}
