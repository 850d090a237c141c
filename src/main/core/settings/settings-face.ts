import { z } from 'zod'
import type { SecretVault } from '../auth/secret-vault'
import type { AppDb } from '../db/open-database'
import { readJsonSetting, writeSetting } from '../db/settings-repo'
import { AppError } from '../errors'
import type { CoreEvents, Settings } from '../trailkeep'
import { updatePreferences } from './preferences'
import { readSettings, writePlainTextOptIn } from './read-settings'

const WINDOW_BOUNDS = 'window_bounds'

export interface SettingsParts {
  db: AppDb
  dataDir: string
  vault: SecretVault
  plainTextOptInAvailable: boolean
  events: Pick<CoreEvents, 'preferencesChanged'>
  diagnostics(): Promise<string>
}

/** The user's settings and the facts the Settings screen shows beside them. */
export function createSettings(parts: SettingsParts): Settings {
  const { db } = parts
  const get = () => readSettings(parts)
  return {
    get,
    update: (patch) => {
      updatePreferences(db, patch)
      parts.events.preferencesChanged?.()
      return get()
    },
    setPlainTextOptIn: ({ enabled }) => {
      if (!parts.plainTextOptInAvailable) {
        throw new AppError('INVALID_INPUT', 'This choice only exists on Linux without a keyring.')
      }
      writePlainTextOptIn(db, enabled)
      return get()
    },
    diagnostics: () => parts.diagnostics(),
    readWindowBounds: () => readJsonSetting(db, WINDOW_BOUNDS, z.unknown()),
    saveWindowBounds: (bounds) => writeSetting(db, WINDOW_BOUNDS, JSON.stringify(bounds)),
  }
}
