/**
 * Activities on a chosen GPS track, for tests whose answers depend on exact positions (explorer
 * tiles, same route, privacy zones): the latlng stream is the track itself, one point a sample.
 */
import { encodePolyline } from './polyline'
import { round } from './prng'
import type { EmulatorActivity, LatLng } from './types'

const EARTH_RADIUS_M = 6_371_008.8

function metresBetween(a: LatLng, b: LatLng): number {
  const toRad = Math.PI / 180
  const s = Math.sin(((b[0] - a[0]) * toRad) / 2)
  const t = Math.sin(((b[1] - a[1]) * toRad) / 2)
  const h = s * s + Math.cos(a[0] * toRad) * Math.cos(b[0] * toRad) * t * t
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Cumulative distance along the track in metres, one value a point. */
export function trackDistances(track: readonly LatLng[]): number[] {
  let total = 0
  return track.map((point, i) => {
    if (i > 0) total += metresBetween(track[i - 1] as LatLng, point)
    return round(total, 1)
  })
}

/**
 * The fields that make an added activity follow `track` (pass them to `addActivity`): its
 * distance, start and end, the summary polyline, and a moving time at `secondsPerKm`.
 */
export function onTrack(track: LatLng[], secondsPerKm = 300): Partial<EmulatorActivity> {
  const distance = trackDistances(track).at(-1) ?? 0
  const moving = Math.max(track.length - 1, Math.round((distance / 1000) * secondsPerKm))
  const step = Math.max(1, Math.ceil(track.length / 60))
  const summary = track.filter((_, i) => i % step === 0 || i === track.length - 1)
  return {
    track,
    distance,
    moving_time: moving,
    elapsed_time: moving,
    average_speed: moving > 0 ? round(distance / moving, 3) : 0,
    manual: false,
    trainer: false,
    start_latlng: track[0] ?? [],
    end_latlng: track.at(-1) ?? [],
    map: { id: `track-${track.length}-${distance}`, summary_polyline: encodePolyline(summary) },
  }
}

/** Streams for an activity on a chosen track: time evenly over the moving time. */
export function chosenTrackStreams(activity: EmulatorActivity, track: LatLng[]) {
  const count = track.length
  const step = count > 1 ? activity.moving_time / (count - 1) : 0
  const time = track.map((_, i) => Math.round(i * step))
  const distance = trackDistances(track)
  const heartrate = activity.has_heartrate
    ? track.map((_, i) => Math.round((activity.average_heartrate ?? 140) + 5 * Math.sin(i / 10)))
    : undefined
  return {
    time,
    distance,
    latlng: track.map(([lat, lon]) => [round(lat, 7), round(lon, 7)] as LatLng),
    altitude: track.map(() => 500),
    moving: track.map(() => true),
    velocity_smooth: track.map((_, i) => (i === 0 ? 0 : round(distance[i]! - distance[i - 1]!, 3))),
    ...(heartrate ? { heartrate } : {}),
  }
}
