import type { PreferencesDto } from '../../../shared/settings-dto'
import {
  formatLocalDate,
  formatLocalTime,
  resolveDateStyle,
  type DateFormat,
} from '../format/dates'
import {
  ChoiceGroup,
  SettingsSection,
  type Choice,
  type PreferenceSectionProps,
} from './settings-section'

const UNIT_OPTIONS: readonly Choice<PreferencesDto['units']>[] = [
  { value: 'metric', label: 'Metric', hint: 'km, m, km/h, min/km, min/100m' },
  { value: 'imperial', label: 'Imperial', hint: 'mi, ft, mph, min/mi, min/100yd' },
]

/** A moment every style writes differently: the 13th, in the afternoon. */
const SAMPLE = '2024-05-13T15:05:00Z'

function example(format: DateFormat): string {
  const style = resolveDateStyle(format)
  return `${formatLocalDate(SAMPLE, style)}, ${formatLocalTime(SAMPLE, style)}`
}

const DATE_FORMAT_OPTIONS: readonly Choice<DateFormat>[] = [
  { value: 'system', label: 'As this computer does', hint: example('system') },
  { value: 'day-month-24h', label: '24-hour clock, day first', hint: example('day-month-24h') },
  { value: 'month-day-12h', label: '12-hour clock, month first', hint: example('month-day-12h') },
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
      <ChoiceGroup
        legend="Date and time format"
        name="dateFormat"
        choices={DATE_FORMAT_OPTIONS}
        value={preferences.dateFormat}
        onChoose={(dateFormat) => void save('units', { dateFormat })}
      />
    </SettingsSection>
  )
}
