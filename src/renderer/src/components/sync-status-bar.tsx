import type { SyncProgressDto, SyncStatusDto } from '../../../shared/dto'

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function when(iso: string): string {
  const date = new Date(iso)
  const sameDay = date.toDateString() === new Date().toDateString()
  return sameDay ? TIME.format(date) : DATE_TIME.format(date)
}

/** One sentence on what sync is doing, in words an athlete understands. */
export function describeSync(status: SyncStatusDto | null): string {
  if (!status) return 'Checking backup status…'
  const p = status.progress
  if (status.running && p) return describeRunning(p)
  const error = status.lastResult?.error
  if (error) return error.message
  const summary = status.lastResult?.summary
  if (summary && !summary.complete && summary.resumeAfter) {
    return `Backup paused by Strava's rate limit; continuing at ${when(summary.resumeAfter)}.`
  }
  if (status.lastSyncAt) return `Backed up. Last sync ${when(status.lastSyncAt)}.`
  return 'Not synced yet.'
}

function describeRunning(p: SyncProgressDto): string {
  if (p.waitingUntil) {
    return `Strava allows ${p.budget.limit15} requests per 15 minutes and ${p.budget.limitDay.toLocaleString()} per day; continuing at ${when(p.waitingUntil)}.`
  }
  if (p.phase === 'listing' || p.phase === 'verifying')
    return `Looking for new activities… ${p.listing.activities.toLocaleString()} found so far.`
  const total = p.details.done + p.details.remaining + p.streams.done + p.streams.remaining
  const done = p.details.done + p.streams.done
  return `Backing up details and streams: ${done.toLocaleString()} of ${total.toLocaleString()}.`
}

function progressFraction(p: SyncProgressDto | null): number | null {
  if (!p) return null
  const total = p.details.done + p.details.remaining + p.streams.done + p.streams.remaining
  return total === 0 ? null : (p.details.done + p.streams.done) / total
}

export function SyncStatusBar({
  status,
  onSyncNow,
  connected,
}: {
  status: SyncStatusDto | null
  onSyncNow: () => void
  connected: boolean
}) {
  const p = status?.progress ?? null
  const fraction = status?.running ? progressFraction(p) : null
  const failed = Boolean(status?.lastResult?.error) && !status?.running
  return (
    <div
      className={`sync-bar${failed ? ' sync-bar-error' : ''}`}
      role="status"
      aria-live="polite"
      aria-label="Sync status"
    >
      <span className="sync-text">{describeSync(status)}</span>
      {status?.running && p?.etaAt && <span className="sync-eta">Done by {when(p.etaAt)}</span>}
      {fraction !== null && (
        <progress max={1} value={fraction} aria-label="Backup progress">
          {Math.round(fraction * 100)}%
        </progress>
      )}
      {(p?.warnings ?? 0) > 0 && (
        <span className="sync-warn" title="Settings → Diagnostics lists them">
          {p?.warnings} skipped
        </span>
      )}
      <button type="button" onClick={onSyncNow} disabled={!connected || status?.running}>
        Sync now
      </button>
    </div>
  )
}
