import type { SyncLevel } from '../../../shared/settings-dto'
import { SettingsSection, type PreferenceSectionProps } from './settings-section'

/** The three sync levels, each explained in one line (Strava allows 1,000 requests a day). */
const SYNC_LEVEL_CHOICES: readonly { level: SyncLevel; label: string; note: string }[] = [
  {
    level: 'everything',
    label: 'Everything',
    note: 'Summaries, details and streams (GPS track, heart rate, power): about two requests per activity.',
  },
  {
    level: 'details',
    label: 'Details, no streams',
    note: 'Descriptions, laps and gear, without tracks or sensor data: half the requests.',
  },
  {
    level: 'summaries',
    label: 'Summaries only',
    note: 'Names, dates, distances and times, one request per 200 activities; the rest waits for a later sync.',
  },
]

const INTERVALS: readonly { minutes: number; label: string }[] = [
  { minutes: 0, label: 'Off' },
  { minutes: 15, label: 'Every 15 min' },
  { minutes: 30, label: 'Every 30 min' },
  { minutes: 60, label: 'Every hour' },
  { minutes: 360, label: 'Every 6 hours' },
  { minutes: 1440, label: 'Once a day' },
]

/** A value set elsewhere (the command line, an older version) still shows as what it is. */
function intervalOptions(current: number) {
  if (INTERVALS.some((i) => i.minutes === current)) return INTERVALS
  const label = current % 60 === 0 ? `Every ${current / 60} hours` : `Every ${current} min`
  return [...INTERVALS, { minutes: current, label }].sort((a, b) => a.minutes - b.minutes)
}

export function SyncSection({ preferences, status, save }: PreferenceSectionProps) {
  return (
    <SettingsSection id="settings-sync" title="Sync" status={{ of: 'sync', current: status }}>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={preferences.syncOnLaunch}
          onChange={(e) => void save('sync', { syncOnLaunch: e.target.checked })}
        />
        Sync when Trailkeep starts
      </label>
      <label className="settings-field">
        Sync in the background while Trailkeep is open
        <select
          value={preferences.syncIntervalMinutes}
          onChange={(e) => void save('sync', { syncIntervalMinutes: Number(e.target.value) })}
        >
          {intervalOptions(preferences.syncIntervalMinutes).map((i) => (
            <option key={i.minutes} value={i.minutes}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="settings-choices">
        <legend>What each sync backs up</legend>
        {SYNC_LEVEL_CHOICES.map((choice) => (
          <label key={choice.level} className="settings-check settings-check-described">
            <input
              type="radio"
              name="sync-level"
              value={choice.level}
              checked={preferences.syncLevel === choice.level}
              aria-describedby={`settings-sync-level-${choice.level}`}
              onChange={() => void save('sync', { syncLevel: choice.level })}
            />
            <span>
              {choice.label}
              <span id={`settings-sync-level-${choice.level}`} className="note">
                {choice.note}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </SettingsSection>
  )
}
