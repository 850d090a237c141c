import { useState } from 'react'
import type { TokenProtectionDto } from '../../../shared/dto'
import type { SettingsDto } from '../../../shared/settings-dto'
import { errorMessage, getApi } from '../api'
import { SettingsSection } from './settings-section'

/** How Strava access and the API secret are protected on this computer, in plain words. */
export function SecuritySection({
  protection,
  plainTextOptIn = null,
}: {
  protection: TokenProtectionDto
  plainTextOptIn?: SettingsDto['plainTextOptIn']
}) {
  return (
    <SettingsSection id="settings-security" title="Security">
      <ProtectionText protection={protection} />
      {plainTextOptIn && <PlainTextOptIn initial={plainTextOptIn.enabled} />}
      <p className="note">
        Trailkeep never shows your tokens or your Client Secret, and sends them only to Strava.
      </p>
    </SettingsSection>
  )
}

/** Linux without a keyring: the explicit, reversible yes to weak storage, effective at restart. */
function PlainTextOptIn({ initial }: { initial: boolean }) {
  const [enabled, setEnabled] = useState(initial)
  const [note, setNote] = useState<string | null>(null)
  async function change(next: boolean) {
    try {
      const settings = await getApi().settings.setPlainTextOptIn({ enabled: next })
      setEnabled(settings.plainTextOptIn?.enabled ?? next)
      setNote('Takes effect the next time Trailkeep starts.')
    } catch (e) {
      setNote(errorMessage(e))
    }
  }
  return (
    <>
      <label className="settings-check">
        <input type="checkbox" checked={enabled} onChange={(e) => void change(e.target.checked)} />
        Remember my Strava access without a keyring (weak protection: anyone who can read your files
        could use it)
      </label>
      {note && (
        <p role="status" className="note">
          {note}
        </p>
      )}
    </>
  )
}

function ProtectionText({ protection }: { protection: TokenProtectionDto }) {
  switch (protection.kind) {
    case 'os-keychain':
    case 'passphrase':
      return (
        <p>
          Your Strava access and your API application’s secret are stored encrypted with{' '}
          <strong>{protection.description}</strong>.
        </p>
      )
    case 'plain-opt-in':
      return (
        <p className="warning">
          Your Strava access is stored with {protection.description}. Anyone who can read your files
          can use it: disconnect when you are done, or set up a keyring.
        </p>
      )
    case 'memory-only':
      return (
        <p className="warning">
          Your Strava access is kept in memory only and never written to disk.{' '}
          {protection.description} You will need to connect again each time Trailkeep starts; your
          backup is kept.
        </p>
      )
  }
}
