import type { SettingsDto } from '../../../shared/settings-dto'
import type { SecretVault } from '../auth/secret-vault'
import { readSetting, writeSetting } from '../db/settings-repo'
import type { AppDb } from '../db/open-database'
import { readPreferences } from './preferences'

/** The user's explicit yes to weak token storage when no keyring exists (read at start-up). */
export const PLAIN_TEXT_OPT_IN_SETTING = 'allow_plain_text_encryption'

export function readPlainTextOptIn(db: AppDb): boolean {
  return readSetting(db, PLAIN_TEXT_OPT_IN_SETTING) === 'true'
}

export function writePlainTextOptIn(db: AppDb, enabled: boolean): void {
  writeSetting(db, PLAIN_TEXT_OPT_IN_SETTING, String(enabled))
}

export function readSettings(core: {
  db: AppDb
  dataDir: string
  vault: SecretVault
  plainTextOptInAvailable: boolean
}): SettingsDto {
  return {
    preferences: readPreferences(core.db),
    dataFolder: core.dataDir,
    tokenProtection: core.vault.describe(),
    plainTextOptIn: core.plainTextOptInAvailable ? { enabled: readPlainTextOptIn(core.db) } : null,
  }
}
