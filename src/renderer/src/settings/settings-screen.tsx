import { useEffect, useState } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import type { PreferencesDto, SettingsDto } from '../../../shared/settings-dto'
import { errorMessage, getApi } from '../api'
import { usePreferences } from '../preferences-context'
import { AccountSection } from './account-section'
import { CredentialsSection } from './credentials-section'
import { DataSection } from './data-section'
import { DiagnosticsSection } from './diagnostics-section'
import { YourDataSection } from './your-data-section'
import { MapsSection } from './maps-section'
import { PrivacyZonesSection } from './privacy-zones-section'
import { RetentionSection } from './retention-section'
import { SecuritySection } from './security-section'
import { SyncSection } from './sync-section'
import { ThresholdsSection } from './thresholds-section'
import { ZoneModelsSection } from './zone-models-section'
import { UnitsSection } from './units-section'
import { WatchedFoldersSection } from './watched-folders-section'
import { usePreferenceSaver } from './use-preference-saver'
import './settings.css'

/** Units, sync, retention, data folder, token protection, the Strava account and application. */
export function SettingsScreen({
  connection,
  onConnectionChange,
}: {
  connection: ConnectionStatusDto
  onConnectionChange: (s: ConnectionStatusDto) => void
}) {
  const { settings: shared } = usePreferences()
  const [own, setOwn] = useState<SettingsDto | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  // The shared preferences load quietly; if they have not arrived, load here to show the error.
  useEffect(() => {
    if (shared) return
    let current = true
    getApi()
      .settings.get()
      .then(
        (s) => current && setOwn(s),
        (e: unknown) => current && setLoadError(errorMessage(e)),
      )
    return () => {
      current = false
    }
  }, [shared, attempt])

  const settings = shared ?? own
  return (
    <div className="settings">
      <h1 className="settings-title">Settings</h1>
      {settings ? (
        <PreferenceSections preferences={settings.preferences} />
      ) : loadError ? (
        <div role="alert" className="settings-section error">
          <p>Settings could not be loaded: {loadError}</p>
          <button
            type="button"
            onClick={() => {
              setLoadError(null)
              setAttempt((a) => a + 1)
            }}
          >
            Try again
          </button>
        </div>
      ) : (
        <p aria-busy="true">Loading settings…</p>
      )}
      <ThresholdsSection />
      <ZoneModelsSection />
      {settings && <DataSection dataFolder={settings.dataFolder} />}
      <YourDataSection />
      <WatchedFoldersSection />
      <MapsSection />
      <PrivacyZonesSection />
      <DiagnosticsSection />
      <SecuritySection
        protection={settings?.tokenProtection ?? connection.tokenProtection}
        plainTextOptIn={settings?.plainTextOptIn ?? null}
      />
      <AccountSection connection={connection} onConnectionChange={onConnectionChange} />
      <CredentialsSection connection={connection} onConnectionChange={onConnectionChange} />
    </div>
  )
}

function PreferenceSections({ preferences }: { preferences: PreferencesDto }) {
  const saver = usePreferenceSaver(preferences)
  const props = { preferences: saver.preferences, status: saver.status, save: saver.save }
  return (
    <>
      <UnitsSection {...props} />
      <SyncSection {...props} />
      <RetentionSection {...props} />
    </>
  )
}
