import { useCallback, useMemo, useState } from 'react'
import {
  ActivitiesScreen,
  resetActivitiesScreen,
  showActivityNext,
} from './activities/activities-screen'
import { MapsScreen } from './maps/maps-screen'
import { ConnectBanner } from './account/connect-banner'
import { SetupScreen } from './account/setup-screen'
import { SyncStatusBar } from './components/sync-status-bar'
import { ConnectionContext } from './connection-context'
import { LibraryReplacementContext } from './library-replacement'
import { PreferencesProvider } from './preferences-context'
import { SettingsScreen } from './settings/settings-screen'
import { TotalsScreen } from './totals/totals-screen'
import { useConnection } from './use-connection'
import { useSyncStatus } from './use-sync-status'

const TABS = [
  { id: 'activities', label: 'Activities' },
  { id: 'maps', label: 'Maps' },
  { id: 'totals', label: 'Totals' },
  { id: 'settings', label: 'Settings' },
] as const
type TabId = (typeof TABS)[number]['id']

/** After a restore every screen mounts again on the new library, back on Settings. */
export function App() {
  const [generation, setGeneration] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  const replaced = useCallback((summary: string) => {
    // The selection and filters remembered across tabs belong to the replaced library.
    resetActivitiesScreen()
    setNotice(summary)
    setGeneration((g) => g + 1)
  }, [])
  const replacement = useMemo(() => ({ notice, replaced }), [notice, replaced])
  return (
    <LibraryReplacementContext.Provider value={replacement}>
      <AppShell key={generation} initialTab={generation === 0 ? 'activities' : 'settings'} />
    </LibraryReplacementContext.Provider>
  )
}

function AppShell({ initialTab }: { initialTab: TabId }) {
  const { status, setStatus, error } = useConnection()
  const sync = useSyncStatus()
  const [tab, setTab] = useState<TabId>(initialTab)

  if (!status) {
    return (
      <div className="app">
        <main className="app-main">
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : (
            <p aria-busy="true">Loading…</p>
          )}
        </main>
      </div>
    )
  }
  if (!status.credentials.configured) {
    return (
      <div className="app">
        <header className="app-header">
          <Brand />
        </header>
        <main className="app-main">
          <SetupScreen onSaved={setStatus} />
        </main>
        <Footer />
      </div>
    )
  }
  const connected = status.state === 'connected'
  return (
    <PreferencesProvider>
      <div className="app app-shell">
        <header className="app-header">
          <Brand />
          <nav aria-label="Sections" className="tabs">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                className="tab"
                aria-current={tab === t.id ? 'page' : undefined}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </nav>
          <span className="account-chip" title="Strava account">
            {connected && status.athlete
              ? `${status.athlete.firstname} ${status.athlete.lastname}`
              : 'Not connected'}
          </span>
        </header>
        <SyncStatusBar
          status={sync.status}
          onSyncNow={() => void sync.syncNow()}
          connection={status.state}
        />
        {!connected && <ConnectBanner status={status} onChange={setStatus} />}
        <main className="app-content">
          <ConnectionContext.Provider value={status.state}>
            {tab === 'activities' && <ActivitiesScreen />}
            {tab === 'maps' && (
              <MapsScreen
                onOpenActivity={(id) => {
                  showActivityNext(id)
                  setTab('activities')
                }}
              />
            )}
            {tab === 'totals' && <TotalsScreen />}
            {tab === 'settings' && (
              <SettingsScreen connection={status} onConnectionChange={setStatus} />
            )}
          </ConnectionContext.Provider>
        </main>
        <Footer />
      </div>
    </PreferencesProvider>
  )
}

function Brand() {
  return (
    <span className="brand" aria-label="Trailkeep">
      <img src="./trailkeep-mark.svg" alt="" width={28} height={28} /> Trailkeep
    </span>
  )
}

function Footer() {
  return <footer className="app-footer">Powered by Strava</footer>
}
