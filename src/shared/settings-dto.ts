import { z } from 'zod'
import type { TokenProtectionDto } from './dto'

/**
 * How much a sync fetches: everything (summaries, details, streams), details without streams, or
 * summaries only (what is left stays queued for a later sync).
 */
export const SYNC_LEVELS = ['everything', 'details', 'summaries'] as const
export const syncLevelSchema = z.enum(SYNC_LEVELS)
export type SyncLevel = z.infer<typeof syncLevelSchema>

/** What the user can change in Settings; validated at runtime wherever it enters the core. */
export const preferencesSchema = z
  .object({
    units: z.enum(['metric', 'imperial']),
    /** Day or month first and the 12- or 24-hour clock; `system` follows the computer's locale. */
    dateFormat: z.enum(['system', 'day-month-24h', 'month-day-12h']),
    syncOnLaunch: z.boolean(),
    /** Minutes between background syncs while the app is open; 0 turns the interval off. */
    syncIntervalMinutes: z.union([
      z.literal(0),
      z
        .number()
        .int()
        .min(15)
        .max(24 * 60),
    ]),
    syncLevel: syncLevelSchema,
    /** Activities deleted on Strava: keep them, or purge them 48 hours after they were found deleted. */
    deletedRetention: z.enum(['keep', 'purge-after-48h']),
  })
  .strict()
export type PreferencesDto = z.infer<typeof preferencesSchema>

export const preferencesPatchSchema = preferencesSchema.partial().strict()
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>

export const DEFAULT_PREFERENCES: PreferencesDto = {
  units: 'metric',
  dateFormat: 'system',
  syncOnLaunch: true,
  syncIntervalMinutes: 60,
  syncLevel: 'everything',
  deletedRetention: 'keep',
}

/** Settings as the Settings screen shows them: preferences plus facts it can only read. */
export interface SettingsDto {
  preferences: PreferencesDto
  dataFolder: string
  tokenProtection: TokenProtectionDto
  /**
   * Linux without a keyring: the user may accept Electron's weak built-in obfuscation instead of
   * keeping tokens in memory only. Null where the choice does not exist.
   */
  plainTextOptIn: { enabled: boolean } | null
}
