import { z } from 'zod'
import { CURVE_STREAMS, ZONE_BASES, ZONE_SLOTS } from './lab-dto'
import { thresholdPatchSchema } from './lab-thresholds'
import { calendarDateSchema, sportTypeSchema } from './library-query'

/** What a screen may ask of the lab; validated at runtime on every bridge call. */

const year = z.number().int().min(1970).max(2200)
const period = { from: calendarDateSchema.optional(), to: calendarDateSchema.optional() }

export const fitnessQuerySchema = z.object(period).strict()
export const labDaySchema = z.object({ date: calendarDateSchema }).strict()
export const sportQuerySchema = z.object({ sport: sportTypeSchema }).strict()
export const bestsQuerySchema = z
  .object({ sport: sportTypeSchema, year: year.nullable().optional() })
  .strict()
export const progressionQuerySchema = z
  .object({ sport: sportTypeSchema, distance: z.number().finite().positive().max(1_000_000) })
  .strict()
export const curveQuerySchema = z
  .object({ stream: z.enum(CURVE_STREAMS), sport: sportTypeSchema, ...period })
  .strict()
export const weeklyZonesQuerySchema = z
  .object({ basis: z.enum(ZONE_BASES), sport: sportTypeSchema.nullable(), ...period })
  .strict()
export const yearQuerySchema = z.object({ year }).strict()

export const setThresholdsSchema = z
  .object({ values: thresholdPatchSchema, from: calendarDateSchema.optional() })
  .strict()
export const thresholdRefSchema = z.object({ id: z.number().int().positive() }).strict()

export const zoneModelSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    basis: z.enum(ZONE_BASES),
    source: z.string().max(300),
    zones: z
      .array(
        z.object({ name: z.string().trim().min(1).max(40), from: z.number().finite() }).strict(),
      )
      .min(1)
      .max(12),
  })
  .strict()
export const setZoneModelSchema = z
  .object({ slot: z.enum(ZONE_SLOTS), model: zoneModelSchema.nullable() })
  .strict()

export const gearRetirementSchema = z
  .object({
    gearId: z.string().min(1).max(64),
    /** Metres; null removes the warning. */
    distance: z.number().finite().positive().max(1e8).nullable(),
  })
  .strict()

export const saveImageSchema = z
  .object({
    /** The file name without folder or extension: letters, digits, dashes. */
    name: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/),
    /** A PNG, base64; at most 6 MB of text (the web shell's frames allow 7 MB). */
    pngBase64: z.string().max(6 * 1024 * 1024),
  })
  .strict()
