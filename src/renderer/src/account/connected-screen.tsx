import { useState } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { DisconnectDialog } from './disconnect-dialog'
import { TokenProtectionNote } from './token-protection-note'

export function ConnectedScreen({
  status,
  onChange,
}: {
  status: ConnectionStatusDto
  onChange: (status: ConnectionStatusDto) => void
}) {
  const [confirming, setConfirming] = useState(false)
  const name = status.athlete
    ? `${status.athlete.firstname} ${status.athlete.lastname}`
    : 'your account'
  return (
    <section className="card" aria-labelledby="connected-title">
      <h1 id="connected-title">Connected as {name}</h1>
      {status.privateActivitiesExcluded && (
        <p role="status" className="warning">
          You did not allow access to private activities, so they will not be backed up.
        </p>
      )}
      <TokenProtectionNote status={status} />
      <button type="button" onClick={() => setConfirming(true)}>
        Disconnect…
      </button>
      {confirming && <DisconnectDialog onClose={() => setConfirming(false)} onDone={onChange} />}
    </section>
  )
}
