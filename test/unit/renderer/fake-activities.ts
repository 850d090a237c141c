/** Activities as the renderer tests' fake core holds them, and their list rows. */
import type {
  ActivityDetailDto,
  ActivityListItemDto,
  StreamData,
  StreamKey,
} from '../../../src/shared/library-dto'

let nextId = 10_000_000_001

/** A complete activity with believable defaults; ids count up from above 2^32. */
export function makeActivity(overrides: Partial<ActivityDetailDto> = {}): ActivityDetailDto {
  const id = overrides.id ?? nextId++
  return {
    id,
    name: 'Morning Run',
    sportType: 'Run',
    startDate: '2024-05-01T05:30:00.000Z',
    startDateLocal: '2024-05-01T07:30:00Z',
    distance: 10_000,
    movingTime: 3000,
    elapsedTime: 3100,
    totalElevationGain: 42,
    deletedAt: null,
    hasStreams: false,
    isPrivate: false,
    isManual: false,
    summaryPolyline: null,
    source: 'strava',
    description: null,
    laps: [],
    splits: [],
    streams: null,
    streamsGivenUp: false,
    stravaUrl: `https://www.strava.com/activities/${id}`,
    origins: {
      streams: overrides.hasStreams ? 'strava' : null,
      description: null,
      laps: null,
      device: null,
      calories: null,
      gear: null,
    },
    hasOriginal: false,
    stravaDetailMissing: false,
    ...overrides,
    // Pending until stored, unless Strava has none (manual); tests may still say otherwise.
    streamsPending: overrides.streamsPending ?? (!overrides.hasStreams && !overrides.isManual),
  }
}

/** Per-second streams along a short out-and-back, `seconds` long, at `speed` m/s. */
export function makeStreams(
  seconds = 600,
  speed = 3,
  extra: { heartrate?: boolean; cadence?: boolean; watts?: boolean } = {},
): Partial<Record<StreamKey, StreamData>> {
  const time = Array.from({ length: seconds }, (_, i) => i)
  const distance = time.map((t) => t * speed)
  const streams: Partial<Record<StreamKey, StreamData>> = {
    time,
    distance,
    latlng: time.map((t): [number, number] => [50.7 + t * 0.00002, 7.1 + Math.sin(t / 60) * 0.002]),
    altitude: time.map((t) => 60 + 10 * Math.sin(t / 100)),
    velocity_smooth: time.map(() => speed),
    moving: time.map(() => true),
  }
  if (extra.heartrate) streams.heartrate = time.map((t) => 140 + (t % 20))
  if (extra.cadence) streams.cadence = time.map(() => 85)
  if (extra.watts) streams.watts = time.map(() => 200)
  return streams
}

export function toListItem(activity: ActivityDetailDto): ActivityListItemDto {
  return {
    id: activity.id,
    name: activity.name,
    sportType: activity.sportType,
    startDate: activity.startDate,
    startDateLocal: activity.startDateLocal,
    distance: activity.distance,
    movingTime: activity.movingTime,
    elapsedTime: activity.elapsedTime,
    totalElevationGain: activity.totalElevationGain,
    deletedAt: activity.deletedAt,
    hasStreams: activity.hasStreams,
    streamsPending: activity.streamsPending,
    isPrivate: activity.isPrivate,
    isManual: activity.isManual,
    summaryPolyline: activity.summaryPolyline,
    source: activity.source,
  }
}

/** The error the bridge throws when Strava's budget is spent. */
