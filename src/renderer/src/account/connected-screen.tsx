import type { ConnectionStatusDto } from '../../../shared/dto'
import { DisconnectControl } from './disconnect-control'

/** The connected athlete and the way out; lives in Settings → Account. */
export function ConnectedScreen({
  status,
  onChange,
}: {
  status: ConnectionStatusDto
  onChange: (status: ConnectionStatusDto) => void
}) {
  const name = status.athlete
    ? `${status.athlete.firstname} ${status.athlete.lastname}`
    : 'your account'
  return (
    <div className="account-connected">
      <h3>Connected as {name}</h3>
      {status.privateActivitiesExcluded && (
        <p role="status" className="warning">
          You did not allow access to private activities, so they will not be backed up.
        </p>
      )}
      <p className="note">
        Disconnecting revokes Trailkeep’s access at Strava and deletes the stored tokens; you choose
        whether the backup stays.
      </p>
      <DisconnectControl onDone={onChange} />
    </div>
  )
}
