import {
  DEFAULT_PREFERENCES,
  preferencesPatchSchema,
  preferencesSchema,
  type PreferencesDto,
} from '../../../shared/settings-dto'
import type { DbOrTx } from '../db/open-database'
import { readSetting, writeSetting } from '../db/settings-repo'
import { AppError } from '../errors'

const PREFERENCES_SETTING = 'preferences'

/** Before the three sync levels, a checkbox said whether streams were fetched. */
function upgradeStored(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'syncLevel' in value) return value
  const { fetchStreams, ...rest } = value as Record<string, unknown>
  return fetchStreams === false ? { ...rest, syncLevel: 'details' } : rest
}

/** The user's preferences; anything unreadable in the database falls back to the defaults. */
export function readPreferences(db: DbOrTx): PreferencesDto {
  const raw = readSetting(db, PREFERENCES_SETTING)
  if (!raw) return { ...DEFAULT_PREFERENCES }
  try {
    const stored = preferencesSchema.partial().safeParse(upgradeStored(JSON.parse(raw)))
    return stored.success ? { ...DEFAULT_PREFERENCES, ...stored.data } : { ...DEFAULT_PREFERENCES }
  } catch {
    return { ...DEFAULT_PREFERENCES }
  }
}

export function updatePreferences(db: DbOrTx, patch: unknown): PreferencesDto {
  const parsed = preferencesPatchSchema.safeParse(patch)
  if (!parsed.success)
    throw new AppError('INVALID_INPUT', 'That setting has a value Trailkeep cannot use.')
  const next = { ...readPreferences(db), ...parsed.data }
  writeSetting(db, PREFERENCES_SETTING, JSON.stringify(next))
  return next
}
