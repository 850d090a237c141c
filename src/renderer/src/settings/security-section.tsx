import type { TokenProtectionDto } from '../../../shared/dto'
import { SettingsSection } from './settings-section'

/** How Strava access and the API secret are protected on this computer, in plain words. */
export function SecuritySection({ protection }: { protection: TokenProtectionDto }) {
  return (
    <SettingsSection id="settings-security" title="Security">
      <ProtectionText protection={protection} />
      <p className="note">
        Trailkeep never shows your tokens or your Client Secret, and sends them only to Strava.
      </p>
    </SettingsSection>
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
