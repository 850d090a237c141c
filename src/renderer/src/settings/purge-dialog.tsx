import { useEffect, useRef, useState } from 'react'
import { countText } from '../../../shared/count-text'

/** Asks before removing activities deleted on Strava: the removal cannot be undone. */
export function PurgeDialog({
  count,
  onCancel,
  onConfirm,
}: {
  /** How many would go, when known. */
  count: number | null
  onCancel: () => void
  onConfirm: () => Promise<void>
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const what =
    count === null
      ? 'every backed-up activity that was deleted on Strava'
      : `the ${countText(count, 'backed-up activity', 'backed-up activities')} deleted on Strava`

  return (
    <dialog ref={dialog} aria-labelledby="purge-title" onClose={onCancel}>
      <h2 id="purge-title">Remove activities deleted on Strava?</h2>
      <p>
        This removes {what} from this computer, with {count === 1 ? 'its' : 'their'} streams. It
        cannot be undone, and Strava no longer has them either.
      </p>
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onConfirm()
          }}
        >
          Purge
        </button>
      </div>
    </dialog>
  )
}
