import { SettingsSection, type PreferenceSectionProps } from './settings-section'

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
      <label className="settings-check">
        <input
          type="checkbox"
          checked={preferences.fetchStreams}
          aria-describedby="settings-streams-note"
          onChange={(e) => void save('sync', { fetchStreams: e.target.checked })}
        />
        Back up streams (GPS track, heart rate, power, cadence…)
      </label>
      <p id="settings-streams-note" className="note settings-indent">
        Streams cost one request per activity against Strava’s limit of 1,000 requests a day, so a
        first backup with streams takes about twice as long.
      </p>
    </SettingsSection>
  )
}
