/** Builds one activity from a plan; every value comes from the activity's own seed. */
import { pickDescription, pickName } from './names'
import { stravaTimezoneLabel, toStravaDate, utcOffsetSeconds, type Place } from './places'
import { encodePolyline } from './polyline'
import { createRandom, pickWeighted, round, type Random } from './prng'
import { summaryRoute } from './route'
import { GEAR, SPORTS, isRide } from './sports'
import type { EmulatorActivity, LatLng, SportType } from './types'

export interface ActivityPlan {
  id: number
  seed: number
  startMs: number
  place: Place
  sport: SportType
  manual: boolean
  private: boolean
  name?: string
}

const WATCHES = ['Garmin Forerunner 965', 'Apple Watch Ultra 2', 'COROS PACE 3']
const BIKE_COMPUTERS = ['Garmin Edge 840', 'Wahoo ELEMNT BOLT']

/** Hills in the altitude profile; the streams use the same count. */
export function hillCount(distance: number): number {
  return Math.max(1, Math.round(distance / 5000))
}

function offsetPoint(random: Random, center: LatLng, meters: number): LatLng {
  const north = random.float(-meters, meters)
  const east = random.float(-meters, meters)
  const cosLat = Math.cos((center[0] * Math.PI) / 180)
  return [round(center[0] + north / 111_320, 6), round(center[1] + east / (111_320 * cosLat), 6)]
}

function pickDevice(random: Random, sport: SportType): string {
  if (sport === 'VirtualRide') return 'Zwift'
  return random.pick(isRide(sport) ? BIKE_COMPUTERS : WATCHES)
}

function optionalRange(random: Random, range?: readonly [number, number]): number | undefined {
  return range ? round(random.float(...range), 1) : undefined
}

export function buildActivity(plan: ActivityPlan): EmulatorActivity {
  const random = createRandom(plan.seed)
  const profile = SPORTS[plan.sport]
  const manual = plan.manual || profile.manualChance >= 1
  const gps = profile.gps && !manual
  const place = plan.place
  const km = random.float(...profile.distanceKm)
  const distance = round(km * 1000, 1)
  const speed = random.float(...profile.speed)
  const movingTime = distance > 0 ? Math.round(distance / speed) : random.int(1800, 4200)
  const pause = !manual && random.chance(0.6) ? random.int(0, Math.round(movingTime * 0.15)) : 0
  const hills = hillCount(distance)
  const hillHeight = round((km * random.float(...profile.gainPerKm)) / hills, 1)
  const elevLow = round(place.baseElevation + random.float(0, 120), 1)
  const start = gps ? offsetPoint(random, place.center, 3000) : null
  const summary = start ? summaryRoute(plan.seed, start, distance) : []
  const averageSpeed = movingTime > 0 ? round(distance / movingTime, 3) : 0
  const hasHeartrate = !manual && random.chance(0.85)
  const averageHeartrate = round(random.float(118, 162), 1)
  const offset = utcOffsetSeconds(place.timeZone, plan.startMs)
  const gearKind = profile.gear
  const gear = gearKind ? random.pick(GEAR[gearKind]) : null
  return {
    id: plan.id,
    name: plan.name ?? pickName(random, plan.sport),
    description: pickDescription(random),
    sport_type: plan.sport,
    type: profile.legacyType,
    workout_type: profile.workoutTypes ? pickWeighted(random, profile.workoutTypes) : null,
    distance,
    moving_time: movingTime,
    elapsed_time: movingTime + pause,
    total_elevation_gain: gps || profile.trainer ? round(hillHeight * hills, 1) : 0,
    start_date: toStravaDate(plan.startMs),
    start_date_local: toStravaDate(plan.startMs + offset * 1000),
    timezone: stravaTimezoneLabel(place.timeZone, offset),
    utc_offset: offset,
    location_country: place.country,
    achievement_count: manual ? 0 : random.int(0, 5),
    kudos_count: random.int(0, 25),
    map: { id: `a${plan.id}`, summary_polyline: gps ? encodePolyline(summary) : null },
    trainer: profile.trainer,
    commute: isRide(plan.sport) && !profile.trainer && random.chance(0.1),
    manual,
    private: plan.private,
    visibility: plan.private ? 'only_me' : random.chance(0.15) ? 'followers_only' : 'everyone',
    gear_id: gear?.id ?? null,
    start_latlng: start ?? [],
    end_latlng: summary[summary.length - 1] ?? [],
    average_speed: averageSpeed,
    max_speed: round(averageSpeed * random.float(1.25, 1.8), 3),
    average_cadence: optionalRange(random, manual ? undefined : profile.cadence),
    average_watts: optionalRange(random, manual ? undefined : profile.watts),
    has_heartrate: hasHeartrate,
    average_heartrate: hasHeartrate ? averageHeartrate : undefined,
    max_heartrate: hasHeartrate ? Math.round(averageHeartrate + random.float(12, 30)) : undefined,
    elev_low: gps ? elevLow : undefined,
    elev_high: gps ? round(elevLow + hillHeight, 1) : undefined,
    upload_id: manual ? null : 17_000_000_000 + (plan.id % 1_000_000_000),
    external_id: manual ? null : `${plan.seed.toString(16).padStart(8, '0')}.fit`,
    calories: Math.round(((movingTime / 3600) * profile.kcalPerHour * random.float(85, 115)) / 100),
    device_name: manual ? null : pickDevice(random, plan.sport),
    seed: plan.seed,
  }
}
