import type { SettingsDto } from '../../../shared/settings-dto'
import type { TrailkeepCore } from '../create-core'
import { readPreferences } from './preferences'

export function readSettings(core: TrailkeepCore): SettingsDto {
  return {
    preferences: readPreferences(core.db),
    dataFolder: core.dataDir,
    tokenProtection: core.vault.describe(),
  }
}
