import type { ConnectionStatusDto, ReconnectReasonDto } from '../../../shared/dto'
import { TokenProtectionNote } from './token-protection-note'
import { useConnect } from './use-connect'

const RECONNECT_TEXT: Record<ReconnectReasonDto, string> = {
  revoked:
    'Strava no longer accepts Trailkeep’s access (it was revoked or expired). Your backup is kept.',
  unreadable: 'Your saved access cannot be read on this computer. Your backup is kept.',
  'session-ended':
    'Without a keyring, access is kept only while Trailkeep runs. Your backup is kept.',
  'credentials-changed':
    'You saved another Strava API application; connect again to use it. Your backup is kept.',
}

/**
 * Connect with Strava, or reconnect when access was lost. A full card while nothing is backed
 * up; a one-line strip above the library once there is one, so the activities stay in view.
 */
export function ConnectScreen({
  status,
  onChange,
  compact = false,
}: {
  status: ConnectionStatusDto
  onChange: (status: ConnectionStatusDto) => void
  compact?: boolean
}) {
  const { error, waiting, connect, cancel } = useConnect(status, onChange)
  const reconnect = status.state === 'reconnect_required'
  const reason = reconnect && status.reconnectReason ? RECONNECT_TEXT[status.reconnectReason] : null

  const action = waiting ? (
    <div className="waiting" role="status">
      <span>Waiting for you to approve in the browser…</span>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  ) : (
    <button type="button" className="strava-connect" onClick={connect}>
      Connect with Strava
    </button>
  )
  const problem = error && (
    <p role="alert" className="error">
      {error}
    </p>
  )

  if (compact) {
    return (
      <section className="connect-strip" aria-labelledby="connect-title">
        <div className="connect-strip-text">
          <h2 id="connect-title">
            {reconnect ? 'Reconnect to Strava' : 'Connect to Strava to back up new activities'}
          </h2>
          {reason && <p className="note">{reason}</p>}
        </div>
        {action}
        {problem}
      </section>
    )
  }
  return (
    <section className="card connect-card" aria-labelledby="connect-title">
      <h1 id="connect-title">
        {reconnect ? 'Reconnect to Strava' : 'Back up your Strava history'}
      </h1>
      {reason && (
        <p role="status" className="warning">
          {reason}
        </p>
      )}
      <p>Your browser opens Strava’s page; approve Trailkeep there and come back.</p>
      {action}
      {problem}
      <TokenProtectionNote protection={status.tokenProtection} />
    </section>
  )
}
