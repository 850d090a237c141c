import { useEffect, useRef, useState } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { errorMessage, getApi } from '../api'

/** Confirms a disconnect and lets the user choose whether the local backup stays. */
export function DisconnectDialog({
  onClose,
  onDone,
}: {
  onClose: () => void
  onDone: (status: ConnectionStatusDto) => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [deleteData, setDeleteData] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  async function disconnect() {
    setBusy(true)
    try {
      const api = getApi()
      await api.auth.disconnect({ deleteData })
      onDone(await api.auth.status())
      onClose()
    } catch (e) {
      setError(errorMessage(e))
      setBusy(false)
    }
  }

  return (
    <dialog ref={dialog} aria-labelledby="disconnect-title" onClose={onClose}>
      <h2 id="disconnect-title">Disconnect from Strava?</h2>
      <p>Trailkeep will revoke its access at Strava and delete every stored token.</p>
      <fieldset>
        <legend>Your local backup</legend>
        <label>
          <input
            type="radio"
            name="data"
            checked={!deleteData}
            onChange={() => setDeleteData(false)}
          />
          Keep my backed-up activities on this computer
        </label>
        <label>
          <input
            type="radio"
            name="data"
            checked={deleteData}
            onChange={() => setDeleteData(true)}
          />
          Delete my backed-up activities too
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => void disconnect()} disabled={busy}>
          Disconnect
        </button>
      </div>
    </dialog>
  )
}
