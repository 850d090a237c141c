import { useState } from 'react'
import type { ExportFormatDto } from '../../../shared/data-dto'
import { errorMessage, getApi } from '../api'

const FORMATS: { format: ExportFormatDto; label: string }[] = [
  { format: 'gpx', label: 'GPX' },
  { format: 'tcx', label: 'TCX' },
  { format: 'json', label: 'JSON' },
]

/** "Export this activity": the shell asks for a folder, the core writes the file. */
export function ExportActivityMenu({ activityId }: { activityId: number }) {
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function run(format: ExportFormatDto) {
    setBusy(true)
    setMessage(null)
    try {
      const result = await getApi().data.export({ format, ids: [activityId] })
      if (result) setMessage(`${result.summary} Saved in ${result.path}.`)
    } catch (e) {
      setMessage(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="export-menu" role="group" aria-label="Export this activity">
      <span className="export-menu-label">Export</span>
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" disabled={busy} onClick={() => void run(format)}>
          {label}
        </button>
      ))}
      {message && (
        <span role="status" className="export-menu-status">
          {message}
        </span>
      )}
    </div>
  )
}
