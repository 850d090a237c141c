import { SettingsSection } from './settings-section'

/** Where the backup lives: shown so the user can find it and back it up themselves. */
export function DataSection({ dataFolder }: { dataFolder: string }) {
  return (
    <SettingsSection id="settings-data" title="Data">
      <label className="settings-field">
        Data folder
        <input
          className="settings-path"
          readOnly
          value={dataFolder}
          spellCheck={false}
          aria-describedby="settings-data-note"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p id="settings-data-note" className="note">
        Your backed-up activities and settings are kept in this folder on this computer only. Copy
        it to keep a backup of your backup.
      </p>
    </SettingsSection>
  )
}
