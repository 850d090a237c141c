import { useCallback, useMemo, useState } from 'react'
import {
  ActivitiesScreen,
  resetActivitiesScreen,
  showActivity,
} from './activities/activities-screen'
import { ConnectBanner } from './account/connect-banner'
import { FirstRunScreen } from './account/first-run-screen'
import { SyncStatusBar } from './components/sync-status-bar'
import { ConnectionContext } from './connection-context'
import { FileDrop } from './files/file-drop'
import { NoticeArea } from './files/notices'
import { useLibraryStarted } from './files/use-library-started'
import { LabScreen, resetLabScreen } from './lab/lab-screen'
import { FiguresVersionContext, LabNavigationContext } from './lab/lab-navigation'
import { useDeriveStatus } from './lab/use-derive-status'
import { LibraryReplacementContext } from './library-replacement'
import { MapsScreen } from './maps/maps-screen'
import { PreferencesProvider } from './preferences-context'
import { SettingsScreen } from './settings/settings-screen'
import { TotalsScreen } from './totals/totals-screen'
import { useConnection } from './use-connection'
import { useSyncStatus } from './use-sync-status'

const TABS = [
  { id: 'activities', label: 'Activities' },
  { id: 'maps', label: 'Maps' },
  { id: 'totals', label: 'Totals' },
  { id: 'lab', label: 'Lab' },
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
    resetLabScreen()
    setNotice(summary)
    setGeneration((g) => g + 1)
  }, [])
  const replacement = useMemo(() => ({ notice, replaced }), [notice, replaced])
  return (
    <LibraryReplacementContext.Provider value={replacement}>
      <NoticeArea>
        <AppShell key={generation} initialTab={generation === 0 ? 'activities' : 'settings'} />
        <FileDrop />
      </NoticeArea>
    </LibraryReplacementContext.Provider>
  )
}

function AppShell({ initialTab }: { initialTab: TabId }) {
  const { status, setStatus, error } = useConnection()
  const sync = useSyncStatus()
  const started = useLibraryStarted()
  const [tab, setTab] = useState<TabId>(initialTab)
  const setUpStrava = useCallback(() => {
    setTab('settings')
    // Once Settings is drawn, bring the Strava application's form into view.
    setTimeout(() => {
      const title = document.getElementById('settings-credentials-title')
      title?.scrollIntoView?.({ block: 'start' })
      title?.closest('section')?.querySelector('input')?.focus()
    }, 0)
  }, [])
  const derive = useDeriveStatus()
  const navigation = useMemo(
    () => ({
      openActivity: (id: number) => {
        showActivity(id)
        setTab('activities')
      },
      openSettings: () => setTab('settings'),
    }),
    [],
  )

  if (!status || (!status.credentials.configured && started === null)) {
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
  if (!status.credentials.configured && !started) {
    return (
      <div className="app">
        <header className="app-header">
          <Brand />
        </header>
        <main className="app-main">
          <FirstRunScreen onSaved={setStatus} />
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
              : status.credentials.configured
                ? 'Not connected'
                : 'From your files'}
          </span>
        </header>
        <SyncStatusBar
          status={sync.status}
          onSyncNow={() => void sync.syncNow()}
          connection={status.state}
          configured={status.credentials.configured}
          figures={derive.progress}
        />
        {!connected && (
          <ConnectBanner status={status} onChange={setStatus} onSetUpStrava={setUpStrava} />
        )}
        <main className="app-content">
          <ConnectionContext.Provider value={status.state}>
            <LabNavigationContext.Provider value={navigation}>
              <FiguresVersionContext.Provider value={derive.version}>
                {tab === 'activities' && <ActivitiesScreen />}
                {tab === 'maps' && <MapsScreen onOpenActivity={navigation.openActivity} />}
                {tab === 'totals' && <TotalsScreen />}
                {tab === 'lab' && <LabScreen />}
                {tab === 'settings' && (
                  <SettingsScreen connection={status} onConnectionChange={setStatus} />
                )}
              </FiguresVersionContext.Provider>
            </LabNavigationContext.Provider>
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
