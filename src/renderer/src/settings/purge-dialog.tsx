import { countText } from '../../../shared/count-text'
import { ConfirmDialog } from '../components/confirm-dialog'

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
  const what =
    count === null
      ? 'every backed-up activity that was deleted on Strava'
      : `the ${countText(count, 'backed-up activity', 'backed-up activities')} deleted on Strava`
  return (
    <ConfirmDialog
      id="purge"
      title="Remove activities deleted on Strava?"
      confirmLabel="Purge"
      tone="danger"
      onCancel={onCancel}
      onConfirm={() => void onConfirm()}
    >
      <p>
        This removes {what} from this computer, with {count === 1 ? 'its' : 'their'} streams. It
        cannot be undone, and Strava no longer has them either.
      </p>
    </ConfirmDialog>
  )
}
