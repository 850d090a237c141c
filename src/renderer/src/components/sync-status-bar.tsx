import type {
  ConnectionState,
  DeriveProgressDto,
  SyncProgressDto,
  SyncStatusDto,
} from '../../../shared/dto'
import { describeDerivedWork } from '../../../shared/derived-work'
import { formatInstant, type DateStyle } from '../format/dates'
import { usePreferences } from '../preferences-context'

const NOT_CONNECTED_TEXT: Record<Exclude<ConnectionState, 'connected'>, string> = {
  disconnected: 'Not connected to Strava: your backup is here to browse.',
  reconnect_required: 'Strava access needs renewing: your backup is here to browse.',
}
const NEVER_SYNCED_TEXT = 'Not connected to Strava yet: connect to start your backup.'
const FILES_ONLY_TEXT =
  'No Strava connection: new activities come from files you import and folders you watch.'

/**
 * One sentence on what sync is doing, in words an athlete understands. Without a connection no
 * sync can run, so the last one's "continuing at…" would promise something that cannot happen.
 */
export function describeSync(
  status: SyncStatusDto | null,
  connection: ConnectionState,
  dates: DateStyle,
  /** False while no Strava API application is saved: the library comes from files alone. */
  configured = true,
): string {
  if (!configured) return FILES_ONLY_TEXT
  if (connection !== 'connected') {
    return status && !status.lastSyncAt ? NEVER_SYNCED_TEXT : NOT_CONNECTED_TEXT[connection]
  }
  if (!status) return 'Checking backup status…'
  const when = (iso: string) => formatInstant(iso, dates)
  const p = status.progress
  if (status.running && p) return describeRunning(p, when)
  const error = status.lastResult?.error
  if (error) return error.message
  const summary = status.lastResult?.summary
  if (summary && !summary.complete && summary.resumeAfter) {
    return `Backup paused by Strava's rate limit; continuing at ${when(summary.resumeAfter)}.`
  }
  if (status.lastSyncAt) return `Backed up. Last sync ${when(status.lastSyncAt)}.`
  return 'Not synced yet.'
}

function describeRunning(p: SyncProgressDto, when: (iso: string) => string): string {
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
  connection,
  configured = true,
  figures = null,
}: {
  status: SyncStatusDto | null
  onSyncNow: () => void
  connection: ConnectionState
  configured?: boolean
  /** The lab's analysis while it runs (null when idle). */
  figures?: DeriveProgressDto | null
}) {
  const { dates } = usePreferences()
  const connected = connection === 'connected'
  const running = connected && Boolean(status?.running)
  const p = connected ? (status?.progress ?? null) : null
  const fraction = running ? progressFraction(p) : null
  const failed = connected && Boolean(status?.lastResult?.error) && !running
  return (
    <div
      className={`sync-bar${failed ? ' sync-bar-error' : ''}`}
      role="status"
      aria-live="polite"
      aria-label="Sync status"
    >
      <span className="sync-text">{describeSync(status, connection, dates, configured)}</span>
      {running && p?.etaAt && (
        <span className="sync-eta">Done by {formatInstant(p.etaAt, dates)}</span>
      )}
      {fraction !== null && (
        <progress max={1} value={fraction} aria-label="Backup progress">
          {Math.round(fraction * 100)}%
        </progress>
      )}
      {figures && (
        <span className="derive-status">
          {describeDerivedWork(figures)}
          <progress
            max={Math.max(1, figures.total)}
            value={figures.done}
            aria-label="Lab analysis progress"
          />
        </span>
      )}
      {(p?.warnings ?? 0) > 0 && (
        <span className="sync-warn" title="Settings → Diagnostics lists them">
          {p?.warnings} skipped
        </span>
      )}
      {connected && (
        <button type="button" onClick={onSyncNow} disabled={running}>
          Sync now
        </button>
      )}
    </div>
  )
}
