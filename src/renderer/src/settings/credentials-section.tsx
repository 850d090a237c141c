import { useState } from 'react'
import { STRAVA_API_SETTINGS_URL } from '../../../shared/client-credentials'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { CredentialsForm } from '../account/credentials-form'
import { ExternalLink } from '../components/external-link'
import { SettingsSection } from './settings-section'

/** The user's own Strava API application: its Client ID, and a new secret or application. */
export function CredentialsSection({
  connection,
  onConnectionChange,
}: {
  connection: ConnectionStatusDto
  onConnectionChange: (status: ConnectionStatusDto) => void
}) {
  const [saved, setSaved] = useState<string | null>(null)
  const { credentials } = connection
  const link = <ExternalLink href={STRAVA_API_SETTINGS_URL}>strava.com/settings/api</ExternalLink>

  if (credentials.source === 'environment') {
    return (
      <SettingsSection id="settings-credentials" title="Strava API application">
        <p>
          Client ID <code>{credentials.clientId}</code>, set outside Trailkeep (in its environment),
          so it cannot be changed here.
        </p>
      </SettingsSection>
    )
  }

  function done(status: ConnectionStatusDto) {
    setSaved(
      status.state === 'reconnect_required' && status.reconnectReason === 'credentials-changed'
        ? 'Saved. Connect with Strava again: the earlier connection belonged to the other application. Your backup is kept.'
        : 'Saved.',
    )
    onConnectionChange(status)
  }

  return (
    <SettingsSection id="settings-credentials" title="Strava API application">
      <p className="note">
        The application you created at {link}
        {credentials.source === 'session' ? ', kept for this session only' : ''}.{' '}
        {connection.state === 'connected' &&
          'Saving another Client ID ends the current connection, because Strava gave it to the old application; you then connect again. Your backup stays.'}
      </p>
      <CredentialsForm
        initialClientId={credentials.clientId ?? ''}
        secretHint={credentials.configured ? 'Saved; enter a new one to replace it.' : undefined}
        submitLabel="Save application"
        onSaved={done}
      />
      {saved && <p role="status">{saved}</p>}
    </SettingsSection>
  )
}
