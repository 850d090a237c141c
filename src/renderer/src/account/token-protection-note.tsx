import type { ConnectionStatusDto } from '../../../shared/dto'

export function TokenProtectionNote({ status }: { status: ConnectionStatusDto }) {
  const { tokenProtection } = status
  const text =
    tokenProtection.kind === 'memory-only'
      ? tokenProtection.description
      : `Your Strava access is stored encrypted with ${tokenProtection.description}.`
  return <p className={tokenProtection.kind === 'memory-only' ? 'note warning' : 'note'}>{text}</p>
}
