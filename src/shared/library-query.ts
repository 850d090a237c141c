import { z } from 'zod'

/**
 * What a screen (or the command line) may ask of the library. Validated at runtime on every IPC
 * call; strict objects reject unknown keys, and every string and number is bounded.
 */

/** A calendar date (`2024-05-01`, midnight UTC) or a date-time with `Z` or an offset. */
export const isoInstantSchema = z
  .string()
  .max(40)
  .pipe(z.union([z.iso.date(), z.iso.datetime({ offset: true })]))

/** A day of the calendar, `YYYY-MM-DD`. */
export const calendarDateSchema = z.iso.date()

export const sportTypeSchema = z.string().min(1).max(100)

export const ACTIVITY_SORTS = ['date', 'distance', 'movingTime'] as const
export const DEFAULT_PAGE_LIMIT = 100
export const MAX_PAGE_LIMIT = 500

const metres = z.number().finite().min(0).max(100_000_000)

export const activityQuerySchema = z
  .object({
    /** Substring of the name, any script; case and accents are ignored. */
    search: z.string().max(200).optional(),
    /** Any of these sport types; an empty list means every sport. */
    sportTypes: z.array(sportTypeSchema).max(50).optional(),
    /** Inclusive. */
    after: isoInstantSchema.optional(),
    /** Exclusive. */
    before: isoInstantSchema.optional(),
    /**
     * From this day on (inclusive), by the calendar where each activity started: the date the
     * athlete remembers, whatever the time zone of this computer or of the trip.
     */
    fromDate: calendarDateSchema.optional(),
    /** Up to and including this day, by the calendar where each activity started. */
    toDate: calendarDateSchema.optional(),
    /** Inclusive, metres. */
    minDistance: metres.optional(),
    /** Inclusive, metres. */
    maxDistance: metres.optional(),
    includeDeleted: z.boolean().optional(),
    sort: z.enum(ACTIVITY_SORTS).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).max(1_000_000_000).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT),
  })
  .strict()

/** A query after validation, defaults applied. */
export type ActivityQuery = z.infer<typeof activityQuerySchema>
/** A query as a caller writes it: everything optional. */
export type ActivityQueryInput = z.input<typeof activityQuerySchema>

export const TOTALS_PERIODS = ['week', 'month', 'year'] as const

export const totalsQuerySchema = z
  .object({
    period: z.enum(TOTALS_PERIODS),
    sportType: sportTypeSchema.optional(),
  })
  .strict()

export type TotalsQuery = z.infer<typeof totalsQuerySchema>
