import { useRef, useState, type FormEvent } from 'react'
import {
  checkClientCredentials,
  type CredentialField,
  type CredentialProblems,
} from '../../../shared/client-credentials'
import type { ConnectionStatusDto } from '../../../shared/dto'
import { errorMessage, getApi } from '../api'
import { CredentialInput } from './credential-input'

const FIELDS: readonly CredentialField[] = ['clientId', 'clientSecret']

/**
 * Client ID and Client Secret of the user's Strava API application. Each field says what is
 * wrong with it in words (not the browser's bubble); the secret is never shown back.
 */
export function CredentialsForm({
  initialClientId = '',
  secretHint,
  submitLabel = 'Save',
  onSaved,
}: {
  initialClientId?: string
  secretHint?: string
  submitLabel?: string
  onSaved: (status: ConnectionStatusDto) => void
}) {
  const [values, setValues] = useState({ clientId: initialClientId, clientSecret: '' })
  const [problems, setProblems] = useState<CredentialProblems>({})
  // After the first Save, fields are checked again as they are typed, so a fix shows at once.
  const [checked, setChecked] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const clientIdInput = useRef<HTMLInputElement>(null)
  const clientSecretInput = useRef<HTMLInputElement>(null)
  const inputs = { clientId: clientIdInput, clientSecret: clientSecretInput }

  function change(field: CredentialField, value: string) {
    const next = { ...values, [field]: value }
    setValues(next)
    if (checked) setProblems(checkClientCredentials(next))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = checkClientCredentials(values)
    setChecked(true)
    setProblems(found)
    const first = FIELDS.find((field) => found[field])
    if (first) {
      inputs[first].current?.focus()
      return
    }
    setSaving(true)
    setError(null)
    try {
      const status = await getApi().credentials.save(values)
      setValues((v) => ({ ...v, clientSecret: '' }))
      setChecked(false)
      onSaved(status)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="form" noValidate>
      <CredentialInput
        name="clientId"
        label="Client ID"
        value={values.clientId}
        problem={problems.clientId}
        inputRef={clientIdInput}
        onChange={(v) => change('clientId', v)}
      />
      <CredentialInput
        name="clientSecret"
        label="Client Secret"
        secret
        value={values.clientSecret}
        problem={problems.clientSecret}
        hint={secretHint}
        inputRef={clientSecretInput}
        onChange={(v) => change('clientSecret', v)}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </form>
  )
}
