import { z } from 'zod'

/** Strava ids exceed 2^32 but stay below 2^53, so a JS number holds them exactly. */
export const stravaId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const athleteSchema = z.object({
  id: stravaId,
  firstname: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  lastname: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  username: z.string().nullish(),
  profile: z.string().nullish(),
  city: z.string().nullish(),
  country: z.string().nullish(),
})
export type StravaAthlete = z.infer<typeof athleteSchema>

const tokenFields = {
  access_token: z.string().min(1).max(4096),
  refresh_token: z.string().min(1).max(4096),
  expires_at: z.number().int().positive(),
}

export const codeExchangeResponseSchema = z.object({ ...tokenFields, athlete: athleteSchema })
export type CodeExchangeResponse = z.infer<typeof codeExchangeResponseSchema>

export const refreshResponseSchema = z.object(tokenFields)
export type RefreshResponse = z.infer<typeof refreshResponseSchema>

export const stravaErrorBodySchema = z.object({
  message: z.string().optional(),
  errors: z
    .array(
      z.object({
        resource: z.string().optional(),
        field: z.string().optional(),
        code: z.string().optional(),
      }),
    )
    .optional(),
})
export type StravaErrorBody = z.infer<typeof stravaErrorBodySchema>
