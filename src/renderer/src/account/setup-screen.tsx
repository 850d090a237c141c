import { STRAVA_API_SETTINGS_URL } from '../../../shared/client-credentials'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { ExternalLink } from '../components/external-link'
import { CredentialsForm } from './credentials-form'

/** First run: the user's own Strava API application, with a short guide to creating one. */
export function SetupScreen({ onSaved }: { onSaved: (status: ConnectionStatusDto) => void }) {
  return (
    <section className="card" aria-labelledby="setup-title">
      <h1 id="setup-title">Set up your Strava access</h1>
      <p>
        Trailkeep talks to Strava through your own free API application, so your data goes nowhere
        else.
      </p>
      <ol className="guide">
        <li>
          Open <ExternalLink href={STRAVA_API_SETTINGS_URL}>strava.com/settings/api</ExternalLink>{' '}
          and create an application.
        </li>
        <li>
          Set <strong>Authorization Callback Domain</strong> to <code>localhost</code>.
        </li>
        <li>Copy the Client ID and Client Secret below.</li>
      </ol>
      <CredentialsForm onSaved={onSaved} />
    </section>
  )
}
