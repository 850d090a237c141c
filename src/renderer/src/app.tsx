import { ConnectScreen } from './screens/connect-screen'
import { ConnectedScreen } from './screens/connected-screen'
import { SetupScreen } from './screens/setup-screen'
import { useConnection } from './use-connection'

export function App() {
  const { status, setStatus, error } = useConnection()
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand" aria-label="Trailkeep">
          <img src="./trailkeep-mark.svg" alt="" width={28} height={28} /> Trailkeep
        </span>
      </header>
      <main className="app-main">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {!status ? (
          !error && <p aria-busy="true">Loading…</p>
        ) : !status.credentials.configured ? (
          <SetupScreen onSaved={setStatus} />
        ) : status.state === 'connected' ? (
          <ConnectedScreen status={status} onChange={setStatus} />
        ) : (
          <ConnectScreen status={status} onChange={setStatus} />
        )}
      </main>
      <footer className="app-footer">Powered by Strava</footer>
    </div>
  )
}
