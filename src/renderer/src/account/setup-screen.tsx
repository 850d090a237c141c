import { STRAVA_API_SETTINGS_URL } from '../../../shared/client-credentials'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { ExternalLink } from '../components/external-link'
import { CredentialsForm } from './credentials-form'

/**
 * First run, the door for athletes with a Strava API application of their own: a short guide to
 * creating one, what it costs, and its Client ID and Secret.
 */
export function SetupScreen({ onSaved }: { onSaved: (status: ConnectionStatusDto) => void }) {
  return (
    <section className="card door" aria-labelledby="setup-title">
      <h2 id="setup-title">Connect with Strava</h2>
      <p>
        Trailkeep talks to Strava through your own API application, so your data goes nowhere else.
        Strava keeps a personal application working only while its owner has a paid subscription;
        without one, start from your files.
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
