import type { ConnectionStatusDto } from '../../../shared/dto'
import { ConnectedScreen } from '../account/connected-screen'
import { DisconnectControl } from '../account/disconnect-control'
import { SettingsSection } from './settings-section'

/** Who is connected, disconnecting (keeping or deleting the backup), and what to do when access is lost. */
export function AccountSection({
  connection,
  onConnectionChange,
}: {
  connection: ConnectionStatusDto
  onConnectionChange: (status: ConnectionStatusDto) => void
}) {
  return (
    <SettingsSection id="settings-account" title="Account">
      {connection.state === 'connected' ? (
        <ConnectedScreen status={connection} onChange={onConnectionChange} />
      ) : connection.state === 'reconnect_required' ? (
        <>
          <h3>Strava access needs renewing</h3>
          <p>
            Your backup is kept. Use <strong>Connect with Strava</strong> at the top of the window
            to continue backing up, or disconnect to remove what is left of the old access.
          </p>
          <DisconnectControl onDone={onConnectionChange} />
        </>
      ) : connection.credentials.configured ? (
        <>
          <h3>Not connected to Strava</h3>
          <p>
            Backed-up activities stay on this computer. Use <strong>Connect with Strava</strong> at
            the top of the window to back up new ones.
          </p>
        </>
      ) : (
        <>
          <h3>Using your files only</h3>
          <p>
            Your library comes from your Strava export and device files. To have new activities
            arrive from Strava as well, save your own API application below, then connect.
          </p>
        </>
      )}
    </SettingsSection>
  )
}
