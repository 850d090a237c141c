import { useEffect, useState } from 'react'
import type {
  DataActionResultDto,
  DataProgressDto,
  ExportFormatDto,
} from '../../../shared/data-dto'
import { errorMessage, getApi } from '../api'
import { SettingsSection } from './settings-section'

const FORMAT_LABELS: Record<ExportFormatDto, string> = {
  gpx: 'GPX (one file per activity)',
  tcx: 'TCX with laps (one file per activity)',
  csv: 'CSV of all activities',
  json: 'JSON archive of everything stored',
  original: 'Original files from Strava’s export',
}

/** Export everything, import Strava's own export, back up the database. */
export function YourDataSection() {
  const [format, setFormat] = useState<ExportFormatDto>('gpx')
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<DataProgressDto | null>(null)
  const [result, setResult] = useState<DataActionResultDto | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => getApi().on('data:progress', setProgress), [])

  async function run(action: () => Promise<DataActionResultDto | null>) {
    setBusy(true)
    setError(null)
    setResult(null)
    setProgress(null)
    try {
      setResult(await action())
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  const api = getApi()
  return (
    <SettingsSection id="settings-your-data" title="Your data">
      <div className="settings-row">
        <label className="settings-field">
          Export format
          <select
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormatDto)}
            disabled={busy}
          >
            {Object.entries(FORMAT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => api.data.export({ format }))}
        >
          Export all…
        </button>
      </div>
      <div className="settings-row">
        <button type="button" disabled={busy} onClick={() => void run(() => api.data.import())}>
          Import Strava export…
        </button>
        <span className="note">
          The ZIP from Strava’s “Download your data” fills in streams without using the rate limit.
        </span>
      </div>
      <div className="settings-row">
        <button type="button" disabled={busy} onClick={() => void run(() => api.data.backup())}>
          Back up database…
        </button>
        <span className="note">
          A consistent copy, even while syncing. Restore with `trailkeep restore`.
        </span>
      </div>
      {busy && progress && progress.total > 0 && (
        <progress
          max={progress.total}
          value={progress.done}
          aria-label={`${progress.operation} progress`}
        />
      )}
      {result && (
        <p role="status">
          {result.summary} <span className="settings-path-inline">{result.path}</span>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}
