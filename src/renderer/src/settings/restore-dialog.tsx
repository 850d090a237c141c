import { activityCount } from '../../../shared/count-text'
import type { RestoreCandidateDto } from '../../../shared/data-dto'
import { ConfirmDialog } from '../components/confirm-dialog'
import { formatInstantDate } from '../format/dates'
import { usePreferences } from '../preferences-context'

/** Shows what a backup holds and what restoring it changes, before anything is replaced. */
export function RestoreDialog({
  candidate,
  current,
  onCancel,
  onConfirm,
}: {
  candidate: RestoreCandidateDto
  /** Activities in the library now, when known. */
  current: number | null
  onCancel: () => void
  onConfirm: () => void
}) {
  const { dates } = usePreferences()
  const newest = candidate.newestActivity
    ? `, the newest from ${formatInstantDate(candidate.newestActivity, dates)}`
    : ''
  return (
    <ConfirmDialog
      id="restore"
      title="Restore this backup?"
      confirmLabel="Restore"
      tone="primary"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>
        <strong>{candidate.fileName}</strong>, saved{' '}
        {formatInstantDate(candidate.modifiedAt, dates)}, holds{' '}
        {activityCount(candidate.activities)}
        {newest}.
      </p>
      <p>
        It replaces the library on this computer
        {current === null ? '' : ` (${activityCount(current)} now)`}. The library it replaces is
        kept in the data folder. Your Strava connection and settings stay as they are, and the next
        sync fetches whatever the backup lacks.
      </p>
    </ConfirmDialog>
  )
}
