import type { PreferencesDto, PreferencesPatch } from '../../../shared/settings-dto'
import { SettingsSection } from './settings-section'
import type { SaveStatus, SectionId } from './use-preference-saver'

const UNIT_OPTIONS: readonly { value: PreferencesDto['units']; label: string; hint: string }[] = [
  { value: 'metric', label: 'Metric', hint: 'km, m, km/h, min/km' },
  { value: 'imperial', label: 'Imperial', hint: 'mi, ft, mph, min/mi' },
]

export function UnitsSection({
  preferences,
  status,
  save,
}: {
  preferences: PreferencesDto
  status: SaveStatus
  save: (section: SectionId, patch: PreferencesPatch) => Promise<void>
}) {
  return (
    <SettingsSection id="settings-units" title="Units" status={{ of: 'units', current: status }}>
      <fieldset className="settings-choices">
        <legend>Show distances and heights in</legend>
        {UNIT_OPTIONS.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="units"
              value={option.value}
              checked={preferences.units === option.value}
              onChange={() => void save('units', { units: option.value })}
            />
            {option.label}
            <span className="settings-hint">{option.hint}</span>
          </label>
        ))}
      </fieldset>
    </SettingsSection>
  )
}
