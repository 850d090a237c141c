import { useState } from 'react'
import { errorMessage, getApi } from '../api'
import { SettingsSection } from './settings-section'

/** A redacted report (no tokens, secrets or names) to attach to a bug report. */
export function DiagnosticsSection() {
  const [report, setReport] = useState<string | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function copy() {
    setError(null)
    try {
      const text = await getApi().settings.diagnostics()
      setReport(text)
      try {
        await navigator.clipboard.writeText(text)
        setNote('Copied. Paste it into your bug report.')
      } catch {
        setNote('Select the text below and copy it.')
      }
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <SettingsSection id="settings-diagnostics" title="Diagnostics">
      <p className="note">
        Versions, sync state, skipped items and recent log lines. Tokens, secrets, your name and
        activity names are left out.
      </p>
      <button type="button" onClick={() => void copy()}>
        Copy diagnostics
      </button>
      {note && <p role="status">{note}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && (
        <textarea
          className="settings-diagnostics"
          aria-label="Diagnostics report"
          readOnly
          rows={12}
          value={report}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </SettingsSection>
  )
}
