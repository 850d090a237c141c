import { eq } from 'drizzle-orm'
import { z } from 'zod'
import type {
  ActivityDetailDto,
  FieldOriginDto,
  LapDto,
  SplitDto,
  StreamData,
  StreamKey,
} from '../../../shared/library-dto'
import { readStreams } from '../db/activities-repo'
import type { AppDb } from '../db/open-database'
import { hasGivenUp } from '../db/pending-fetches'
import { activities, activityStreams, originals, type ActivitySource } from '../db/schema'
import { readFileDetail, type FileDetail, type FileLap } from '../import/files/file-detail'
import { STREAM_KEYS, type StreamKey as CoreStreamKey } from '../strava/activity-schemas'
import { listColumns, SOURCE_NAMES, toListItem } from './activity-rows'

// The shared StreamKey must stay the same list as the one the sync stores.
const SAME_STREAM_KEYS: [StreamKey, CoreStreamKey] extends [CoreStreamKey, StreamKey]
  ? true
  : never = true
void SAME_STREAM_KEYS

const num = z.number().finite()
const optionalNum = num.nullish().transform((v) => v ?? null)

const lapSchema = z.object({
  name: z.string().max(1000).nullish(),
  lap_index: z.number().int().nullish(),
  distance: num,
  moving_time: num,
  elapsed_time: num,
  total_elevation_gain: optionalNum,
  average_speed: optionalNum,
  average_heartrate: optionalNum,
  max_heartrate: optionalNum,
  average_cadence: optionalNum,
})

const splitSchema = z.object({
  split: z.number().int().nullish(),
  distance: num,
  moving_time: num,
  elapsed_time: num,
  elevation_difference: optionalNum,
  average_speed: optionalNum,
  average_heartrate: optionalNum,
})

/** The parts of Strava's DetailedActivity the detail screen shows; the rest stays in the JSON. */
const detailSchema = z.object({
  description: z.string().nullish().catch(null),
  calories: num.nullish().catch(null),
  device_name: z.string().nullish().catch(null),
  gear: z.object({ name: z.string().nullish() }).nullish().catch(null),
  laps: z.array(z.unknown()).nullish().catch(null),
  splits_metric: z.array(z.unknown()).nullish().catch(null),
})

/** Everything stored about one activity, or null when it is not in the library. */
export function getActivityDetail(db: AppDb, id: number): ActivityDetailDto | null {
  if (!Number.isSafeInteger(id) || id === 0) return null
  return db.transaction(() => {
    const row = db
      .select({
        ...listColumns,
        detailJson: activities.detailJson,
        fileDetailJson: activities.fileDetailJson,
        streamsSource: activities.streamsSource,
      })
      .from(activities)
      .where(eq(activities.id, id))
      .get()
    if (!row) return null
    const detail = parseDetail(row.detailJson)
    const files = readFileDetail(row.fileDetailJson)
    const original = db
      .select({ importedAt: originals.importedAt })
      .from(originals)
      .where(eq(originals.activityId, id))
      .get()
    const apiLaps = pickValid(detail.laps, lapSchema).map(toLap)
    const fileLaps = apiLaps.length === 0 ? (files.laps?.value ?? []).map(fileLapToDto) : []
    const fields = detailFields(detail, files)
    return {
      ...toListItem(row),
      description: fields.description.value,
      ...(fields.calories.value != null && { calories: fields.calories.value }),
      ...(fields.device.value != null && { deviceName: fields.device.value }),
      ...(fields.gear.value != null && { gearName: fields.gear.value }),
      laps: apiLaps.length > 0 ? apiLaps : fileLaps,
      splits: pickValid(detail.splits_metric, splitSchema).map(toSplit),
      streams: row.streamsState === 'stored' ? toStreams(readStreams(db, id)) : null,
      streamsGivenUp: row.streamsState === 'pending' && hasGivenUp(db, id, 'streams'),
      stravaUrl: id > 0 ? `https://www.strava.com/activities/${id}` : null,
      origins: {
        streams:
          row.streamsState === 'stored'
            ? streamsOrigin(row.streamsSource, row.source, original?.importedAt, db, id)
            : null,
        description: fields.description.from,
        laps: apiLaps.length > 0 ? 'strava' : fileLaps.length > 0 ? 'file' : null,
        device: fields.device.from,
        calories: fields.calories.from,
        gear: fields.gear.from,
      },
      hasOriginal: original !== undefined,
      stravaDetailMissing:
        id > 0 && row.source !== 'file' && row.detailJson === null && row.deletedAt === null,
    }
  })
}

type Origin = FieldOriginDto | null

interface Field<T> {
  value: T | null
  from: Origin
}

/** A detail field from Strava's detail when it gave one, else from the athlete's files. */
function pick<T>(api: T | null | undefined, file: Field<T> | undefined): Field<T> {
  if (api != null) return { value: api, from: 'strava' }
  if (file && file.value != null) return file
  return { value: null, from: null }
}

function detailFields(detail: z.infer<typeof detailSchema>, files: FileDetail) {
  return {
    description: pick(detail.description, files.description),
    calories: pick(detail.calories, files.calories),
    device: pick(detail.device_name, files.device),
    gear: pick(detail.gear?.name, files.gearName),
  }
}

/**
 * Where stored streams came from. Libraries from before streams_source knew it only by the
 * import's time: an original kept at the very time the streams were stored brought them.
 */
function streamsOrigin(
  stored: ActivitySource | null,
  source: ActivitySource,
  originalAt: number | undefined,
  db: AppDb,
  id: number,
): FieldOriginDto {
  if (stored !== null) return SOURCE_NAMES[stored]
  if (source === 'file') return 'file'
  const fetchedAt = db
    .select({ at: activityStreams.fetchedAt })
    .from(activityStreams)
    .where(eq(activityStreams.activityId, id))
    .get()?.at
  return originalAt !== undefined && fetchedAt === originalAt ? 'export' : 'strava'
}

function fileLapToDto(lap: FileLap, position: number): LapDto {
  return {
    index: position + 1,
    name: `Lap ${position + 1}`,
    distance: lap.distance ?? 0,
    movingTime: lap.movingTime,
    elapsedTime: lap.elapsedTime,
    totalElevationGain: lap.totalElevationGain,
    averageSpeed: lap.averageSpeed,
    averageHeartrate: lap.averageHeartrate,
    maxHeartrate: lap.maxHeartrate,
    averageCadence: lap.averageCadence,
  }
}

function parseDetail(json: string | null): z.infer<typeof detailSchema> {
  if (json === null) return {}
  try {
    const parsed = detailSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Drops entries Strava sent in an unexpected shape instead of failing the whole detail. */
function pickValid<T>(items: unknown[] | null | undefined, schema: z.ZodType<T>): T[] {
  const valid: T[] = []
  for (const item of items ?? []) {
    const parsed = schema.safeParse(item)
    if (parsed.success) valid.push(parsed.data)
  }
  return valid
}

function toLap(lap: z.infer<typeof lapSchema>, position: number): LapDto {
  const index = lap.lap_index ?? position + 1
  return {
    index,
    name: lap.name ?? `Lap ${index}`,
    distance: lap.distance,
    movingTime: lap.moving_time,
    elapsedTime: lap.elapsed_time,
    totalElevationGain: lap.total_elevation_gain,
    averageSpeed: lap.average_speed,
    averageHeartrate: lap.average_heartrate,
    maxHeartrate: lap.max_heartrate,
    averageCadence: lap.average_cadence,
  }
}

function toSplit(split: z.infer<typeof splitSchema>, position: number): SplitDto {
  return {
    split: split.split ?? position + 1,
    distance: split.distance,
    movingTime: split.moving_time,
    elapsedTime: split.elapsed_time,
    elevationDifference: split.elevation_difference,
    averageSpeed: split.average_speed,
    averageHeartrate: split.average_heartrate,
  }
}

/** Known stream types only; accepts plain arrays and Strava's `{ data: [...] }` objects. */
function toStreams(stored: unknown): Partial<Record<StreamKey, StreamData>> | null {
  if (stored === null || typeof stored !== 'object') return null
  const source = stored as Record<string, unknown>
  const streams: Partial<Record<StreamKey, StreamData>> = {}
  for (const key of STREAM_KEYS) {
    if (!Object.hasOwn(source, key)) continue
    const value = source[key]
    const data = Array.isArray(value) ? value : (value as { data?: unknown } | null)?.data
    if (Array.isArray(data)) streams[key] = data as StreamData
  }
  return streams
}
