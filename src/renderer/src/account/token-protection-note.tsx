import type { TokenProtectionDto } from '../../../shared/dto'

/**
 * One plain sentence on how the Strava access is kept; how exactly (keyring, passphrase, cipher)
 * is in Settings → Security.
 */
export function TokenProtectionNote({ protection }: { protection: TokenProtectionDto }) {
  switch (protection.kind) {
    case 'os-keychain':
    case 'passphrase':
      return <p className="note">Your Strava access stays on this computer, encrypted.</p>
    case 'plain-opt-in':
      return (
        <p className="note warning">
          Your Strava access is stored with weak protection: Settings → Security says more.
        </p>
      )
    case 'memory-only':
      return (
        <p className="note warning">
          Trailkeep keeps your Strava access only while it runs, so you connect again each time it
          starts.
        </p>
      )
  }
}
