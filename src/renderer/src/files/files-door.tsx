import { getApi } from '../api'
import { ImportStatus } from './import-status'
import { useImportAction } from './use-import-action'

/**
 * First run, the door for athletes without an API application: Strava's export of their
 * account and the files of their watch or apps. Either can be added later from Settings.
 */
export function FilesDoor() {
  const { state, run } = useImportAction()
  const api = getApi()
  const busy = state.kind === 'running'
  return (
    <section className="card door" aria-labelledby="door-files-title">
      <h2 id="door-files-title">Start from your files</h2>
      <p>
        No API application needed. Import the archive Strava makes of your account, and the FIT, GPX
        or TCX files from your watch or apps. Add a watched folder later to keep it current.
      </p>
      <div className="door-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void run(() => api.data.import())}
        >
          Import Strava export (ZIP)…
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => api.data.importFolder())}
        >
          Import a folder of activity files…
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => api.data.importFiles())}
        >
          Choose files…
        </button>
      </div>
      <p className="note">
        Get the ZIP on strava.com: Settings → My Account → Download or Delete Your Account → Request
        your archive. You can also drop files or folders anywhere on this window.
      </p>
      <ImportStatus state={state} />
    </section>
  )
}
