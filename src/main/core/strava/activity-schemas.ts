import { z } from 'zod'
import { stravaId } from './schemas'

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')
const meters = z.number().finite().min(0)
const seconds = z.number().int().min(0)

/**
 * The fields Trailkeep relies on in a SummaryActivity. Everything else Strava sends is kept
 * in the raw JSON, so nothing is lost when the app learns to use more of it.
 */
export const summaryActivitySchema = z
  .object({
    id: stravaId,
    name: z.string().max(10_000),
    sport_type: z.string().min(1).max(100).optional(),
    type: z.string().min(1).max(100).optional(),
    start_date: isoDate,
    start_date_local: z.string().max(64),
    timezone: z.string().max(200).nullish(),
    distance: meters,
    moving_time: seconds,
    elapsed_time: seconds,
    total_elevation_gain: z.number().finite(),
    private: z.boolean().optional(),
    manual: z.boolean().optional(),
    has_heartrate: z.boolean().optional(),
    average_speed: z.number().finite().nullish(),
    athlete: z.object({ id: stravaId }).partial().optional(),
    map: z.object({ summary_polyline: z.string().nullish() }).partial().nullish(),
  })
  .loose()
  .refine((a) => a.sport_type !== undefined || a.type !== undefined, 'no sport type')
export type SummaryActivity = z.infer<typeof summaryActivitySchema>

/**
 * Checks a value Strava sent and hands back that same value, typed: the raw JSON is what the
 * library keeps, with every field and nested field the schema does not name. Safe because
 * these activity schemas only check (no transforms); the copy zod returns would also drop the
 * unnamed fields of nested objects (`map.id`, ...).
 */
export function checkAsSent<T>(schema: z.ZodType<T>, raw: unknown): z.ZodSafeParseResult<T> {
  const parsed = schema.safeParse(raw)
  return parsed.success ? { success: true, data: raw as T } : parsed
}

export const detailedActivitySchema = summaryActivitySchema.and(
  z
    .object({
      description: z.string().max(100_000).nullish(),
      map: z.object({ polyline: z.string().nullish() }).partial().nullish(),
    })
    .loose(),
)
export type DetailedActivity = z.infer<typeof detailedActivitySchema>

export const STREAM_KEYS = [
  'time',
  'distance',
  'latlng',
  'altitude',
  'velocity_smooth',
  'heartrate',
  'cadence',
  'watts',
  'temp',
  'moving',
  'grade_smooth',
] as const
export type StreamKey = (typeof STREAM_KEYS)[number]

export type StreamSet = Partial<Record<StreamKey, unknown[]>>

const MAX_SAMPLES = 500_000
const isFiniteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v)
const isLatLng = (v: unknown) =>
  Array.isArray(v) && v.length === 2 && isFiniteNumber(v[0]) && isFiniteNumber(v[1])
const SAMPLE_CHECKS: Record<StreamKey, (v: unknown) => boolean> = {
  time: isFiniteNumber,
  distance: isFiniteNumber,
  latlng: isLatLng,
  altitude: isFiniteNumber,
  velocity_smooth: isFiniteNumber,
  heartrate: isFiniteNumber,
  cadence: isFiniteNumber,
  watts: (v) => v === null || isFiniteNumber(v),
  temp: isFiniteNumber,
  moving: (v) => typeof v === 'boolean',
  grade_smooth: isFiniteNumber,
}

/**
 * Validates a `key_by_type=true` streams answer sample by sample (a plain loop: streams hold
 * tens of thousands of values). Unknown stream types are ignored; null means malformed.
 */
export function parseStreamSet(body: unknown): StreamSet | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const result: StreamSet = {}
  for (const key of STREAM_KEYS) {
    const stream = (body as Record<string, unknown>)[key]
    if (stream === undefined) continue
    const data = (stream as { data?: unknown } | null)?.data
    if (!Array.isArray(data) || data.length > MAX_SAMPLES) return null
    const check = SAMPLE_CHECKS[key]
    for (const sample of data) if (!check(sample)) return null
    result[key] = data
  }
  return result
}
