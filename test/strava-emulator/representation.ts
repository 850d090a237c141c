/** Strava's JSON shapes (SummaryActivity, DetailedActivity) built from the dataset. */
import { ATHLETE_ID } from './athlete'
import { encodePolyline } from './polyline'
import { fullRoute } from './route'
import { kilometreSegments, wholeSegment, type Segment } from './splits'
import { GEAR } from './sports'
import { generateStreams, type Streams } from './streams'
import type { EmulatorActivity } from './types'

type Json = Record<string, unknown>

const LAP_SPORTS = new Set(['Run', 'TrailRun', 'Walk', 'Hike'])

export function toSummary(a: EmulatorActivity): Json {
  return {
    resource_state: 2,
    athlete: { id: ATHLETE_ID, resource_state: 1 },
    name: a.name,
    distance: a.distance,
    moving_time: a.moving_time,
    elapsed_time: a.elapsed_time,
    total_elevation_gain: a.total_elevation_gain,
    type: a.type,
    sport_type: a.sport_type,
    workout_type: a.workout_type,
    id: a.id,
    start_date: a.start_date,
    start_date_local: a.start_date_local,
    timezone: a.timezone,
    utc_offset: a.utc_offset,
    location_city: null,
    location_state: null,
    location_country: a.location_country,
    achievement_count: a.achievement_count,
    kudos_count: a.kudos_count,
    comment_count: 0,
    athlete_count: 1,
    photo_count: 0,
    map: { id: a.map.id, summary_polyline: a.map.summary_polyline, resource_state: 2 },
    trainer: a.trainer,
    commute: a.commute,
    manual: a.manual,
    private: a.private,
    visibility: a.visibility,
    flagged: false,
    gear_id: a.gear_id,
    start_latlng: a.start_latlng,
    end_latlng: a.end_latlng,
    average_speed: a.average_speed,
    max_speed: a.max_speed,
    average_cadence: a.average_cadence,
    average_watts: a.average_watts,
    has_heartrate: a.has_heartrate,
    average_heartrate: a.average_heartrate,
    max_heartrate: a.max_heartrate,
    heartrate_opt_out: false,
    display_hide_heartrate_option: a.has_heartrate,
    elev_high: a.elev_high,
    elev_low: a.elev_low,
    upload_id: a.upload_id,
    upload_id_str: a.upload_id === null ? undefined : String(a.upload_id),
    external_id: a.external_id,
    from_accepted_tag: false,
    pr_count: Math.min(a.achievement_count, 2),
    total_photo_count: 0,
    has_kudoed: false,
  }
}

function toSplit(segment: Segment, index: number): Json {
  return {
    distance: segment.distance,
    elapsed_time: segment.elapsedTime,
    elevation_difference: segment.elevationDifference,
    moving_time: segment.movingTime,
    split: index + 1,
    average_speed: segment.movingTime > 0 ? +(segment.distance / segment.movingTime).toFixed(3) : 0,
    average_grade_adjusted_speed: null,
    average_heartrate: segment.averageHeartrate,
    pace_zone: 0,
  }
}

function toLap(a: EmulatorActivity, segment: Segment, index: number, startTime: number): Json {
  const startMs = Date.parse(a.start_date) + startTime * 1000
  const localMs = startMs + a.utc_offset * 1000
  return {
    id: a.seed * 1000 + index,
    resource_state: 2,
    name: `Lap ${index + 1}`,
    activity: { id: a.id, resource_state: 1 },
    athlete: { id: ATHLETE_ID, resource_state: 1 },
    elapsed_time: segment.elapsedTime,
    moving_time: segment.movingTime,
    start_date: new Date(startMs).toISOString().replace('.000Z', 'Z'),
    start_date_local: new Date(localMs).toISOString().replace('.000Z', 'Z'),
    distance: segment.distance,
    start_index: segment.startIndex,
    end_index: segment.endIndex,
    total_elevation_gain: segment.elevationGain,
    average_speed: toSplit(segment, index).average_speed,
    max_speed: segment.maxSpeed,
    average_cadence: segment.averageCadence,
    average_heartrate: segment.averageHeartrate,
    max_heartrate: segment.maxHeartrate,
    lap_index: index + 1,
    split: index + 1,
  }
}

function gearOf(a: EmulatorActivity): Json | null {
  const all = [...GEAR.shoes, ...GEAR.bike]
  const gear = all.find((g) => g.id === a.gear_id)
  if (!gear) return null
  return { ...gear, resource_state: 2, distance: 1_234_567.8, converted_distance: 1234.6 }
}

/** Foot sports auto-lap every kilometre like a watch; everything else is one lap. */
function lapsOf(a: EmulatorActivity, streams: Streams, kilometres: Segment[]): Segment[] {
  return LAP_SPORTS.has(a.sport_type) && kilometres.length > 0
    ? kilometres
    : [wholeSegment(streams)]
}

/** DetailedActivity: the summary plus description, polyline, splits, laps, gear. */
export function toDetail(a: EmulatorActivity): Json {
  const summary = toSummary(a)
  const streams = generateStreams(a)
  const time = (streams?.time as number[] | undefined) ?? []
  const kilometres = streams ? kilometreSegments(streams) : []
  const lapSegments = streams ? lapsOf(a, streams, kilometres) : []
  const route = fullRoute(a)
  return {
    ...summary,
    resource_state: 3,
    description: a.description,
    calories: a.calories,
    map: {
      id: a.map.id,
      polyline: route.length > 0 ? encodePolyline(route) : null,
      summary_polyline: a.map.summary_polyline,
      resource_state: 3,
    },
    splits_metric: kilometres.map(toSplit),
    laps: lapSegments.map((s, i) => toLap(a, s, i, time[s.startIndex] ?? 0)),
    gear: gearOf(a),
    device_name: a.device_name,
    segment_efforts: [],
    photos: { primary: null, count: 0 },
    embed_token: a.seed.toString(16).padStart(8, '0').repeat(5),
    available_zones: [],
  }
}
