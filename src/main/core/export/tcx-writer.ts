/**
 * TCX (Training Center Database v2) with Activity Extension v2 for speed and watts. Elements
 * follow the schema's sequence order; indoor activities get trackpoints without Position, and
 * activities without streams one lap without a Track.
 */
import type { StoredActivity } from './stored-activities'
import { planLaps, whole, type TcxLap } from './tcx-laps'
import { chunked, latLngAt, numberAt, wholeAt, type TrackSeries } from './track-series'
import { isoTime, textElement, xmlNumber } from './xml-text'

export const TCX_NS = 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2'
export const TCX_EXT_NS = 'http://www.garmin.com/xmlschemas/ActivityExtension/v2'
const SCHEMA_LOCATION = [
  TCX_NS,
  'https://www8.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd',
  TCX_EXT_NS,
  'https://www8.garmin.com/xmlschemas/ActivityExtensionv2.xsd',
].join(' ')

const RUNNING = new Set(['Run', 'TrailRun', 'VirtualRun'])

/** TCX knows three sports. */
export function tcxSport(sportType: string): 'Running' | 'Biking' | 'Other' {
  if (RUNNING.has(sportType)) return 'Running'
  if (/Ride$|^Velomobile$|^Handcycle$/.test(sportType)) return 'Biking'
  return 'Other'
}

function bpm(tag: string, value: number | undefined): string {
  const v = whole(value, 1, 255)
  return v === undefined ? '' : `<${tag}><Value>${v}</Value></${tag}>`
}

/** Lap: TotalTimeSeconds, DistanceMeters, MaximumSpeed?, Calories, AverageHeartRateBpm?,
 * MaximumHeartRateBpm?, Intensity, Cadence?, TriggerMethod, Track*, Notes?, Extensions? */
function lapOpen(lap: TcxLap): string {
  const cadence = whole(lap.cadence, 0, 254)
  return [
    `  <Lap StartTime="${isoTime(lap.startMs)}">`,
    `<TotalTimeSeconds>${xmlNumber(Math.max(0, lap.totalTimeSeconds))}</TotalTimeSeconds>`,
    `<DistanceMeters>${xmlNumber(Math.max(0, lap.distanceMeters))}</DistanceMeters>`,
    lap.maximumSpeed === undefined
      ? ''
      : `<MaximumSpeed>${xmlNumber(lap.maximumSpeed)}</MaximumSpeed>`,
    `<Calories>${lap.calories}</Calories>`,
    bpm('AverageHeartRateBpm', lap.averageHeartRate),
    bpm('MaximumHeartRateBpm', lap.maximumHeartRate),
    '<Intensity>Active</Intensity>',
    cadence === undefined ? '' : `<Cadence>${cadence}</Cadence>`,
    '<TriggerMethod>Manual</TriggerMethod>\n',
  ].join('')
}

function lapClose(lap: TcxLap): string {
  const watts = whole(lap.averageWatts, 0, 65_535)
  const extensions =
    watts === undefined
      ? ''
      : `   <Extensions><ns3:LX><ns3:AvgWatts>${watts}</ns3:AvgWatts></ns3:LX></Extensions>\n`
  return `${extensions}  </Lap>\n`
}

/** Trackpoint: Time, Position?, AltitudeMeters?, DistanceMeters?, HeartRateBpm?, Cadence?,
 * Extensions? (TPX: Speed?, Watts?) */
function trackpoint(series: TrackSeries, i: number, startMs: number): string {
  const seconds = numberAt(series.time, i) ?? 0
  const position = latLngAt(series, i)
  const altitude = numberAt(series.altitude, i)
  const distance = numberAt(series.distance, i)
  const heart = wholeAt(series.heartrate, i, 1, 255)
  const cadence = wholeAt(series.cadence, i, 0, 254)
  const speed = numberAt(series.velocity, i)
  const watts = wholeAt(series.watts, i, 0, 65_535)
  let tpx = ''
  if (speed !== undefined) tpx += `<ns3:Speed>${xmlNumber(speed)}</ns3:Speed>`
  if (watts !== undefined) tpx += `<ns3:Watts>${watts}</ns3:Watts>`
  return (
    `     <Trackpoint><Time>${isoTime(startMs + seconds * 1000)}</Time>` +
    (position
      ? `<Position><LatitudeDegrees>${xmlNumber(position[0])}</LatitudeDegrees>` +
        `<LongitudeDegrees>${xmlNumber(position[1])}</LongitudeDegrees></Position>`
      : '') +
    (altitude === undefined ? '' : `<AltitudeMeters>${xmlNumber(altitude)}</AltitudeMeters>`) +
    (distance === undefined ? '' : `<DistanceMeters>${xmlNumber(distance)}</DistanceMeters>`) +
    (heart === undefined ? '' : `<HeartRateBpm><Value>${heart}</Value></HeartRateBpm>`) +
    (cadence === undefined ? '' : `<Cadence>${cadence}</Cadence>`) +
    (tpx === '' ? '' : `<Extensions><ns3:TPX>${tpx}</ns3:TPX></Extensions>`) +
    '</Trackpoint>\n'
  )
}

function* trackpoints(series: TrackSeries, lap: TcxLap, startMs: number): Generator<string> {
  for (let i = lap.first; i <= lap.last; i++) yield trackpoint(series, i, startMs)
}

/** The TCX document of one activity, as chunks of text. */
export function* renderTcx(
  activity: StoredActivity,
  series: TrackSeries | null,
  startMs: number,
): Generator<string> {
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<TrainingCenterDatabase xmlns="${TCX_NS}" xmlns:ns3="${TCX_EXT_NS}"`,
    ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">\n`,
    ` <Activities>\n  <Activity Sport="${tcxSport(activity.sportType)}">\n`,
    `  <Id>${isoTime(startMs)}</Id>\n`,
  ].join('')
  for (const lap of planLaps(activity, series)) {
    yield lapOpen(lap)
    if (series && lap.first <= lap.last) {
      yield '   <Track>\n'
      yield* chunked(trackpoints(series, lap, startMs))
      yield '   </Track>\n'
    }
    yield lapClose(lap)
  }
  // Activity: Id, Lap+, Notes?: the name is the closest TCX has to a title.
  yield `  ${textElement('Notes', activity.name)}\n  </Activity>\n </Activities>\n</TrainingCenterDatabase>\n`
}
