import { useEffect, useRef, useState } from 'react'
import type {
  DataActionResultDto,
  DataProgressDto,
  ExportFormatDto,
  RestoreCandidateDto,
} from '../../../shared/data-dto'
import { errorMessage, getApi } from '../api'
import { useLibraryReplacement } from '../library-replacement'
import { RestoreDialog } from './restore-dialog'
import { SettingsSection } from './settings-section'

const FORMAT_LABELS: Record<ExportFormatDto, string> = {
  gpx: 'GPX (one file per activity)',
  tcx: 'TCX with laps (one file per activity)',
  csv: 'CSV of all activities',
  json: 'JSON archive of everything stored',
  original: 'Original files from Strava’s export',
}

/** Export everything, import Strava's own export, back up the database and restore it. */
export function YourDataSection() {
  const [format, setFormat] = useState<ExportFormatDto>('gpx')
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<DataProgressDto | null>(null)
  const [result, setResult] = useState<DataActionResultDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [candidate, setCandidate] = useState<RestoreCandidateDto | null>(null)
  const [current, setCurrent] = useState<number | null>(null)
  const { notice, replaced } = useLibraryReplacement()
  const api = getApi()
  const noticeRef = useRef<HTMLParagraphElement>(null)

  // Back from a restore, the screens are new: bring the news into view. (Braces: Chromium's
  // scrollIntoView returns a promise, which React would take for a cleanup function.)
  useEffect(() => {
    void noticeRef.current?.scrollIntoView?.({ block: 'center' })
  }, [])

  useEffect(() => api.on('data:progress', setProgress), [api])

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

  async function chooseBackup() {
    await run(async () => {
      const chosen = await api.data.chooseRestore()
      if (chosen) {
        setCurrent(null)
        setCandidate(chosen)
        api.library
          .list({ includeDeleted: true, limit: 1 })
          .then((page) => setCurrent(page.total))
          .catch(() => undefined)
      }
      return null
    })
  }

  async function restore(choice: string) {
    setCandidate(null)
    setBusy(true)
    setError(null)
    try {
      replaced((await api.data.restore({ choice })).summary)
    } catch (e) {
      setError(errorMessage(e))
      setBusy(false)
    }
  }

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
          The ZIP from Strava’s “Download your data” fills in streams and details without using the
          rate limit.
        </span>
      </div>
      <div className="settings-row">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => api.data.importFiles())}
        >
          Import files…
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => api.data.importFolder())}
        >
          Import a folder…
        </button>
        <span className="note">
          FIT, GPX and TCX files from your watch or apps (also gzipped). Or drop them on the window.
        </span>
      </div>
      <div className="settings-row">
        <button type="button" disabled={busy} onClick={() => void run(() => api.data.backup())}>
          Back up database…
        </button>
        <span className="note">A consistent copy of everything here, even while syncing.</span>
      </div>
      <div className="settings-row">
        <button type="button" disabled={busy} onClick={() => void chooseBackup()}>
          Restore from backup…
        </button>
        <span className="note">
          Replaces the activities here with a backup’s; your Strava connection stays.
        </span>
      </div>
      {candidate && (
        <RestoreDialog
          candidate={candidate}
          current={current}
          onCancel={() => setCandidate(null)}
          onConfirm={() => void restore(candidate.choice)}
        />
      )}
      {busy && progress && progress.total > 0 && (
        <progress
          max={progress.total}
          value={progress.done}
          aria-label={`${progress.operation} progress`}
        />
      )}
      {result ? (
        <p role="status">
          {result.summary} <span className="settings-path-inline">{result.path}</span>
        </p>
      ) : (
        notice && (
          <p role="status" ref={noticeRef}>
            {notice}
          </p>
        )
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </SettingsSection>
  )
}
