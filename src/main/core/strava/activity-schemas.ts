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

const streamSchema = z
  .object({ data: z.array(z.union([z.number(), z.boolean(), z.tuple([z.number(), z.number()]), z.null()])) })
  .loose()

/** `key_by_type=true` answer: an object keyed by stream type. Unknown types are ignored. */
export const streamSetSchema = z.record(z.string(), streamSchema)
export type StreamSet = Partial<Record<StreamKey, unknown[]>>
