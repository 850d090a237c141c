import { useState } from 'react'
import type { ConnectionStatusDto, ReconnectReasonDto } from '../../../shared/dto'
import { errorMessage, getApi } from '../api'
import { TokenProtectionNote } from './token-protection-note'

const RECONNECT_TEXT: Record<ReconnectReasonDto, string> = {
  revoked:
    'Strava no longer accepts Trailkeep’s access (it was revoked or expired). Your backup is kept.',
  unreadable: 'Your saved access cannot be read on this computer. Your backup is kept.',
  'session-ended':
    'Without a keyring, access is kept only while Trailkeep runs. Your backup is kept.',
  'credentials-changed':
    'You saved another Strava API application; connect again to use it. Your backup is kept.',
}

/** Connect with Strava, or reconnect when access was lost. */
export function ConnectScreen({
  status,
  onChange,
}: {
  status: ConnectionStatusDto
  onChange: (status: ConnectionStatusDto) => void
}) {
  const [error, setError] = useState<string | null>(null)
  const [waiting, setWaiting] = useState(status.connecting)
  const reconnect = status.state === 'reconnect_required'

  async function connect() {
    setWaiting(true)
    setError(null)
    try {
      onChange(await getApi().auth.connect())
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setWaiting(false)
    }
  }

  return (
    <section className="card" aria-labelledby="connect-title">
      <h1 id="connect-title">
        {reconnect ? 'Reconnect to Strava' : 'Back up your Strava history'}
      </h1>
      {reconnect && status.reconnectReason && (
        <p role="status" className="warning">
          {RECONNECT_TEXT[status.reconnectReason]}
        </p>
      )}
      <p>Your browser opens Strava’s page; approve Trailkeep there and come back.</p>
      {waiting ? (
        <div className="waiting" role="status">
          <p>Waiting for you to approve in the browser…</p>
          <button type="button" onClick={() => void getApi().auth.cancelConnect()}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="strava-connect" onClick={() => void connect()}>
          Connect with Strava
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <TokenProtectionNote status={status} />
    </section>
  )
}
