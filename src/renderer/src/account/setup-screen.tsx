import { useState, type FormEvent } from 'react'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { errorMessage, getApi } from '../api'

/** First run: the user's own Strava API application, with a short guide to creating one. */
export function SetupScreen({ onSaved }: { onSaved: (status: ConnectionStatusDto) => void }) {
  const [clientId, setClientId] = useState('')
  const [clientSecret, setClientSecret] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    setError(null)
    try {
      onSaved(await getApi().credentials.save({ clientId, clientSecret }))
      setClientSecret('')
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="card" aria-labelledby="setup-title">
      <h1 id="setup-title">Set up your Strava access</h1>
      <p>
        Trailkeep talks to Strava through your own free API application, so your data goes nowhere
        else.
      </p>
      <ol className="guide">
        <li>
          Open <strong>strava.com/settings/api</strong> and create an application.
        </li>
        <li>
          Set <strong>Authorization Callback Domain</strong> to <code>localhost</code>.
        </li>
        <li>Copy the Client ID and Client Secret below.</li>
      </ol>
      <form onSubmit={submit} className="form">
        <label>
          Client ID
          <input
            name="clientId"
            inputMode="numeric"
            autoComplete="off"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            required
          />
        </label>
        <label>
          Client Secret
          <input
            name="clientSecret"
            type="password"
            autoComplete="off"
            value={clientSecret}
            onChange={(e) => setClientSecret(e.target.value)}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </form>
    </section>
  )
}
