import type { PreferencesDto } from '../../../shared/settings-dto'
import {
  ChoiceGroup,
  SettingsSection,
  type Choice,
  type PreferenceSectionProps,
} from './settings-section'

const UNIT_OPTIONS: readonly Choice<PreferencesDto['units']>[] = [
  { value: 'metric', label: 'Metric', hint: 'km, m, km/h, min/km' },
  { value: 'imperial', label: 'Imperial', hint: 'mi, ft, mph, min/mi' },
]

export function UnitsSection({ preferences, status, save }: PreferenceSectionProps) {
  return (
    <SettingsSection id="settings-units" title="Units" status={{ of: 'units', current: status }}>
      <ChoiceGroup
        legend="Show distances and heights in"
        name="units"
        choices={UNIT_OPTIONS}
        value={preferences.units}
        onChoose={(units) => void save('units', { units })}
      />
    </SettingsSection>
  )
}
